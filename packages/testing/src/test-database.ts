import { randomBytes } from 'node:crypto';
import { adminQuery, adminRows } from './admin-query';
import { copyDatabaseSql } from './test-run';

/** The database globalSetup created for this test run (a copy of the run's seeded template). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through jest with the shared globalSetup');
  return url;
}

/** Runs one statement against a database (the test database by default), for fixtures and for checking what was stored. */
export function queryTestDatabase<T>(text: string, params: unknown[] = [], url = testDatabaseUrl()): Promise<T[]> {
  return adminRows<T>(url, text, params);
}

/**
 * A further database beside the test database, for suites whose writes must not disturb the
 * others' figures: a copy of the run's seeded template (the demo data the jest config names), or
 * with `empty` a database with nothing in it. The global teardown drops it with the test database.
 */
export async function createScratchDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const url = new URL(testDatabaseUrl());
  const name = `${url.pathname.slice(1)}_s${randomBytes(4).toString('hex')}`;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  await adminQuery(url.toString(), options.empty || !template ? `CREATE DATABASE "${name}"` : copyDatabaseSql(name, template));
  url.pathname = `/${name}`;
  return url.toString();
}
