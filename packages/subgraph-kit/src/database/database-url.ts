import { Client } from 'pg';

/** "host:port" of a connection URL, for error messages that must never leak passwords. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Connects once, failing with one readable line within `timeoutMs` instead of hanging. */
export async function checkDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new Error(`cannot reach PostgreSQL at ${describeDatabase(url)}: ${reason(err)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { message?: string };
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOTFOUND') return 'host not found';
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return 'connection timed out';
  return (e.message ?? String(err)).split('\n')[0];
}
