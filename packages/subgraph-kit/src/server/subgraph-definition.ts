import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema } from 'typeorm';
import type { SubgraphOwnSettings } from '../config/subgraph-own-settings';
import type { YearPartitionedTable } from '../database/year-partitions/year-partitioned-table';

/** Everything the kernel needs to know to run, migrate, seed and describe one domain subgraph. */
export interface SubgraphDefinition<TLoaders> {
  /** Service name in the supergraph, e.g. "org". */
  name: string;
  /** The Postgres schema it owns. */
  schema: string;
  defaultPort: number;
  /** Absolute path of the committed subgraph SDL (schema.graphql in the package). */
  sdlPath: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: (Function | EntitySchema)[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /**
   * Absolute path of a directory of `.sql` files holding the current definitions of the subgraph's
   * database functions, each idempotent (`CREATE OR REPLACE FUNCTION`): applied in file-name order,
   * in one transaction, right after every migration run (see migrateSubgraphDatabase). Migrations
   * stay as released; a function's body changes here.
   */
  sqlDirectory?: string;
  /**
   * Tables its migrations partitioned by year (see partitionTableByYear): every migration run
   * adds the partitions of this year and the next (see ensureYearPartitions).
   */
  yearPartitionedTables?: readonly YearPartitionedTable[];
  buildSchema(): Promise<GraphQLSchema>;
  /** New DataLoaders for one request. */
  createLoaders(db: DataSource): TLoaders;
  /** Loads the subgraph's demo data (at most once per database). */
  seedDemo?(db: DataSource): Promise<boolean>;
  /** Settings of its own beyond the kit's, read and checked with them at start (see subgraphOwnSettings). */
  settings?: SubgraphOwnSettings;
}
