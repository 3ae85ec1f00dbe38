import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a seed inside one transaction, at most once per database: a marker row in the
 * subgraph's `seed_runs` table (created by its first migration) records that it ran.
 * Returns false when it had run before.
 */
export async function seedOnce(
  dataSource: DataSource,
  schema: string,
  name: string,
  seed: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`LOCK TABLE "${schema}"."seed_runs" IN EXCLUSIVE MODE`);
    const done: unknown[] = await manager.query(`SELECT 1 FROM "${schema}"."seed_runs" WHERE name = $1`, [name]);
    if (done.length > 0) return false;
    await seed(manager);
    await manager.query(`INSERT INTO "${schema}"."seed_runs" (name) VALUES ($1)`, [name]);
    return true;
  });
}

/**
 * FROZEN. The table `seedOnce` relies on, as the first migration of the training subgraph creates it
 * (org, volunteers and campaigns inline the same text): that released migration still calls this, so
 * change nothing here. A new subgraph's first migration writes the statement out itself.
 */
export function createSeedRunsTableSql(schema: string): string {
  return `CREATE TABLE "${schema}"."seed_runs" (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`;
}
