import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a seed inside one transaction, at most once per database: a marker row in the
 * subgraph's `seed_runs` table (created by its first migration) records that it ran.
 * Returns false when it had run before. A seed that ran is followed by ANALYZE of the schema's
 * tables: until autovacuum comes round, a freshly loaded database has no planner statistics, and
 * statements like the breakdowns picked plans that took over 10 s on the demo data instead of 0.1 s.
 */
export async function seedOnce(
  dataSource: DataSource,
  schema: string,
  name: string,
  seed: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  const seeded = await dataSource.transaction(async (manager) => {
    await manager.query(`LOCK TABLE "${schema}"."seed_runs" IN EXCLUSIVE MODE`);
    const done: unknown[] = await manager.query(`SELECT 1 FROM "${schema}"."seed_runs" WHERE name = $1`, [name]);
    if (done.length > 0) return false;
    await seed(manager);
    await manager.query(`INSERT INTO "${schema}"."seed_runs" (name) VALUES ($1)`, [name]);
    return true;
  });
  if (seeded) await analyzeSchema(dataSource, schema);
  return seeded;
}

async function analyzeSchema(dataSource: DataSource, schema: string): Promise<void> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1`,
    [schema],
  );
  for (const table of tables) await dataSource.query(`ANALYZE ${table.name}`);
}

/**
 * FROZEN. The table `seedOnce` relies on, as the first migration of the training subgraph creates it
 * (org, volunteers and campaigns inline the same text): that released migration still calls this, so
 * change nothing here. A new subgraph's first migration writes the statement out itself.
 */
export function createSeedRunsTableSql(schema: string): string {
  return `CREATE TABLE "${schema}"."seed_runs" (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`;
}
