import { createSubgraphDatabase, migrateSubgraphDatabase, type SubgraphDatabase, type SubgraphDefinition } from '@civic/subgraph-kit';
import type { DataSource } from 'typeorm';
import { queryTestDatabase } from './test-database';

/**
 * What the database may hold beyond the entities: constraints, indexes and defaults are written by
 * the migrations and enforced by PostgreSQL, and the entities do not repeat them. Any other statement
 * TypeORM would run to make the schema fit the entities (a table or column missing, a different type
 * or nullability, a column the entities do not know) is drift.
 */
const DATABASE_ONLY = /\bDROP CONSTRAINT\b|\bDROP INDEX\b|\bDROP DEFAULT\b/;

/**
 * The statements that would make the migrated schema fit the entities, less what only the database
 * declares. A table partitioned by year has the partition column in its primary key (PostgreSQL
 * requires it; its key table keeps the id unique), while its entity is identified by the id alone.
 */
export async function entitySchemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const partitioned: { name: string }[] = await dataSource.query(
    `SELECT format('"%s"."%s"', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'p'`,
  );
  const partitionKeyInPrimaryKey = (query: string) =>
    partitioned.some(({ name }) => query.startsWith(`ALTER TABLE ${name} ADD CONSTRAINT`) && query.includes(' PRIMARY KEY ('));
  return sql.upQueries.map((query) => query.query).filter((query) => !DATABASE_ONLY.test(query) && !partitionKeyInPrimaryKey(query));
}

/** Reverts every applied migration of a data source, newest first; returns how many it reverted. */
export async function revertAllMigrations(dataSource: DataSource): Promise<number> {
  let reverted = 0;
  while ((await dataSource.query(`SELECT count(*)::int AS n FROM "${dataSource.driver.schema}"."migrations"`))[0].n > 0) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    reverted += 1;
  }
  return reverted;
}

/** Tables, views and functions left in a schema, apart from the migrations table. */
export async function objectsInSchema(url: string, schema: string): Promise<string[]> {
  const rows = await queryTestDatabase<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'm', 'p') AND c.relname <> 'migrations'
     UNION ALL
     SELECT p.proname || '()' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1
     ORDER BY 1`,
    [schema],
    url,
  );
  return rows.map((row) => row.name);
}

/** A subgraph's database migrated as a service migrates it (and the subgraphs it builds on, first). */
export async function migratedDatabase(
  url: string,
  definition: SubgraphDefinition<unknown>,
  prerequisites: SubgraphDefinition<unknown>[] = [],
): Promise<SubgraphDatabase> {
  for (const prerequisite of prerequisites) {
    const { dataSource } = await openDatabase(url, prerequisite);
    await migrateSubgraphDatabase(dataSource, prerequisite);
    await dataSource.destroy();
  }
  const database = await openDatabase(url, definition);
  await migrateSubgraphDatabase(database.dataSource, definition);
  return database;
}

function openDatabase(url: string, definition: SubgraphDefinition<unknown>): Promise<SubgraphDatabase> {
  return createSubgraphDatabase({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations });
}
