import { checkDatabaseReachable } from './database-url';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

interface DevelopmentDatabase {
  ensureDatabase(log: (line: string) => void): Promise<DatabaseHandle>;
}

/** A database given by URL, checked reachable first so a wrong URL fails in one readable line. */
export async function configuredDatabase(url: string): Promise<DatabaseHandle> {
  await checkDatabaseReachable(url);
  return { url, embedded: false, stop: async () => undefined };
}

/**
 * The database a subgraph process uses: DATABASE_URL when set. Without it, the development
 * database package starts an embedded PostgreSQL; that package is a development dependency, so
 * it is loaded only here and a production install without DATABASE_URL stops with one clear line.
 */
export async function serviceDatabase(log: (line: string) => void = () => undefined): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return configuredDatabase(configured);
  let development: DevelopmentDatabase;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    development = require('@civic/dev-database') as DevelopmentDatabase;
  } catch {
    throw new Error('DATABASE_URL is not set and the development database (@civic/dev-database) is not installed: set DATABASE_URL');
  }
  return development.ensureDatabase(log);
}
