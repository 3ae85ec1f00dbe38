import { resolve } from 'node:path';
import { intFromEnv } from '@civic/runtime';
import { configuredDatabase, type DatabaseHandle } from '@civic/subgraph-kit';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the platform keeps embedded PostgreSQL data between runs (git-ignored). */
export function defaultDataDir(): string {
  return resolve(process.env.PG_DATA_DIR ?? resolve(__dirname, '../../../.data/postgres'));
}

/**
 * DATABASE_URL when set (checked reachable), otherwise an embedded PostgreSQL whose data
 * survives restarts.
 */
export async function ensureDatabase(log: (line: string) => void = () => undefined): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return configuredDatabase(configured);
  const port = intFromEnv('EMBEDDED_PG_PORT', 54329);
  const dataDir = defaultDataDir();
  log(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})`);
  const handle = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
