import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * Serialises concurrent appliers: two processes replacing the same function at once make
 * PostgreSQL fail one of them ("tuple concurrently updated").
 */
const APPLY_LOCK = `SELECT pg_advisory_xact_lock(hashtext('civic.sql-definitions'))`;

/** The `.sql` files of `directory`, in the order they are applied (by file name). */
export function sqlDefinitionFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Applies the current definitions of a subgraph's database objects (functions, mostly): every
 * `.sql` file of `directory`, in file-name order, in one transaction. Each file must be idempotent
 * (`CREATE OR REPLACE FUNCTION`, …): they run after every migration run, whether or not anything
 * changed. Returns the files applied.
 */
export async function applySqlDefinitions(dataSource: DataSource, directory: string): Promise<string[]> {
  const files = sqlDefinitionFiles(directory);
  await dataSource.transaction(async (manager) => {
    await manager.query(APPLY_LOCK);
    for (const file of files) {
      try {
        await manager.query(readFileSync(join(directory, file), 'utf8'));
      } catch (err) {
        throw new Error(`applying ${file} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    }
  });
  return files;
}
