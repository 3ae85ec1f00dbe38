import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabaseName } from '../database/database-url';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { freePort } from './free-port';

interface TestDatabaseState {
  adminUrl: string;
  database: string;
  stopEmbedded?: () => Promise<void>;
  tempDir?: string;
}

const STATE_KEY = '__civicTestDatabase';

/**
 * jest globalSetup: a fresh, empty database for this package's test run, exported to the test
 * workers as TEST_DATABASE_URL. Uses the server at DATABASE_URL when set, otherwise an embedded
 * PostgreSQL in a temporary folder (removed afterwards).
 */
export default async function globalSetup(): Promise<void> {
  // Quiet logs in tests (one line per request otherwise); a run may still ask for more with LOG_LEVEL.
  process.env.LOG_LEVEL ||= 'warn';
  let adminUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!adminUrl) {
    tempDir = mkdtempSync(join(tmpdir(), 'civic-test-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir: join(tempDir, 'data'),
      port: await freePort(),
      persistent: false,
    });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const database = `civic_test_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${database}"`);
  process.env.TEST_DATABASE_URL = withDatabaseName(adminUrl, database);
  (globalThis as Record<string, unknown>)[STATE_KEY] = { adminUrl, database, stopEmbedded, tempDir } satisfies TestDatabaseState;
}

export async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[STATE_KEY] as TestDatabaseState | undefined;
  if (!state) return;
  const scratch = await adminRows(state.adminUrl, `SELECT datname FROM pg_database WHERE starts_with(datname, '${state.database}_s')`).catch(() => []);
  for (const name of [...scratch.map((r) => r.datname), state.database]) {
    await adminQuery(state.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
  await state.stopEmbedded?.();
  if (state.tempDir) rmSync(state.tempDir, { recursive: true, force: true });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  await adminRows(url, sql);
}

async function adminRows(url: string, sql: string): Promise<{ datname: string }[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows as { datname: string }[];
  } finally {
    await client.end();
  }
}
