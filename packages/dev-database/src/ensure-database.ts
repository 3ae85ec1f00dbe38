import { resolve } from 'node:path';
import { configuredDatabase, databaseLocationConfiguration, type DatabaseHandle, type DatabaseLocation } from '@civic/subgraph-kit';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the platform keeps embedded PostgreSQL data between runs: PG_DATA_DIR, or the repository's (git-ignored) .data/postgres. */
export function defaultDataDir(pgDataDir?: string): string {
  return resolve(pgDataDir ?? resolve(__dirname, '../../../.data/postgres'));
}

/**
 * DATABASE_URL when set (checked reachable), otherwise an embedded PostgreSQL whose data
 * survives restarts. The launcher passes the location it read at start; a subgraph started
 * alone has it read from the environment here.
 */
export async function ensureDatabase(
  log: (line: string) => void = () => undefined,
  location: DatabaseLocation = databaseLocationConfiguration.load(),
): Promise<DatabaseHandle> {
  if (location.databaseUrl) return configuredDatabase(location.databaseUrl);
  const port = location.embeddedPgPort;
  const dataDir = defaultDataDir(location.pgDataDir);
  log(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})`);
  const handle = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
