import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The database globalSetup created for this test run. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through jest with the shared globalSetup');
  return url;
}

/** Runs one statement against a database (the test database by default), for fixtures and for checking what was stored. */
export async function queryTestDatabase<T>(text: string, params: unknown[] = [], url = testDatabaseUrl()): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A further empty database beside the test database, for suites whose writes must not disturb the
 * others' figures; the global teardown drops it with the test database.
 */
export async function createScratchDatabase(): Promise<string> {
  const url = new URL(testDatabaseUrl());
  const name = `${url.pathname.slice(1)}_s${randomBytes(4).toString('hex')}`;
  await queryTestDatabase(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  return url.toString();
}
