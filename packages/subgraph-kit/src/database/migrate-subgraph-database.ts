import type { DataSource, Migration } from 'typeorm';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { applySqlDefinitions } from './sql-definitions';

export interface MigrationRun {
  /** The migrations that were pending, now applied. */
  migrations: Migration[];
  /** The `.sql` definition files applied after them (all of them, every run). */
  sqlFiles: string[];
}

/**
 * What "migrate" means for a subgraph, wherever it happens (serving, the CLI's migrate and seed,
 * tests): pending migrations, each in its own transaction, then the current SQL definitions of
 * `definition.sqlDirectory`, if it has one.
 */
export async function migrateSubgraphDatabase(
  dataSource: DataSource,
  definition: Pick<SubgraphDefinition<unknown>, 'sqlDirectory'>,
): Promise<MigrationRun> {
  const migrations = await dataSource.runMigrations({ transaction: 'each' });
  const sqlFiles = definition.sqlDirectory ? await applySqlDefinitions(dataSource, definition.sqlDirectory) : [];
  return { migrations, sqlFiles };
}
