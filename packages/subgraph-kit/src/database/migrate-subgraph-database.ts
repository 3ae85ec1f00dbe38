import type { DataSource, Migration } from 'typeorm';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { subscribeToOrgTree } from './org-tree-subscription';
import { applySqlDefinitions } from './sql-definitions';
import { ensureYearPartitions } from './year-partitions/ensure-year-partitions';
import { DEFAULT_YEARS_PER_PARTITION } from './year-partitions/year-partitioned-table';

export interface MigrationRun {
  /** The migrations that were pending, now applied. */
  migrations: Migration[];
  /** The `.sql` definition files applied after them (all of them, every run). */
  sqlFiles: string[];
  /** Year partitions created by the upkeep (see ensureYearPartitions). */
  partitions: string[];
}

export interface MigrateOptions {
  /** ORG_TREE_SOURCE_URL: the org subgraph's database, when this subgraph's database is its own. */
  orgTreeSourceUrl?: string;
  /** DATABASE_YEARS_PER_PARTITION (default 10). */
  yearsPerPartition?: number;
  log?: (line: string) => void;
}

/**
 * What "migrate" means for a subgraph, wherever it happens (serving, the CLI's migrate and seed,
 * tests): on a database of its own, first the org tree's subscription (see subscribeToOrgTree);
 * then pending migrations, each in its own transaction, then the current SQL definitions of
 * `definition.sqlDirectory`, if it has one; last, the upkeep of its tables partitioned by year.
 */
export async function migrateSubgraphDatabase(
  dataSource: DataSource,
  definition: Pick<SubgraphDefinition<unknown>, 'name' | 'sqlDirectory' | 'yearPartitionedTables'>,
  options: MigrateOptions = {},
): Promise<MigrationRun> {
  if (options.orgTreeSourceUrl) {
    if (definition.name === 'org') throw new Error('ORG_TREE_SOURCE_URL: the org subgraph publishes the org tree; leave it unset for org');
    await subscribeToOrgTree(dataSource, { sourceUrl: options.orgTreeSourceUrl, log: options.log });
  }
  const migrations = await dataSource.runMigrations({ transaction: 'each' });
  const sqlFiles = definition.sqlDirectory ? await applySqlDefinitions(dataSource, definition.sqlDirectory) : [];
  const partitions = await ensureYearPartitions(dataSource, definition.yearPartitionedTables ?? [], {
    yearsPerPartition: options.yearsPerPartition ?? DEFAULT_YEARS_PER_PARTITION,
  });
  return { migrations, sqlFiles, partitions };
}
