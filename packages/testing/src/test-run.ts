import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { withDatabaseName } from '@civic/subgraph-kit';
import { startEmbeddedPostgres } from '@civic/dev-database';
import { adminQuery, adminRows } from './admin-query';
import { freePort } from './free-port';

const run = promisify(execFile);

export interface TestRunOptions {
  /**
   * Packages whose `dist/cli.js seed` loads their demo data into the run's template database (e.g.
   * `['@civic/org', '@civic/volunteers']`), one after the other in the order given, as `npm start`
   * seeds them: a package's demo data may read what those before it loaded (the org subgraph's
   * units; the volunteers demo's service orders, which the community demo's visits took down).
   * Seeded once per run; the test database and every scratch database are copies of it.
   */
  seed?: string[];
  /** Where the seeded packages are resolved from (the jest project's root). */
  rootDir?: string;
}

interface TestRunState {
  adminUrl: string;
  database: string;
  template: string;
  stopEmbedded?: () => Promise<void>;
  tempDir?: string;
}

const STATE_KEY = '__civicTestRun';

/**
 * Prepares one package's test run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a
 * temporary folder), a template database with the demo data of `options.seed`, and the test
 * database copied from it. Exported to the test workers as TEST_DATABASE_URL and
 * TEST_TEMPLATE_DATABASE; `finishTestRun` drops them all.
 */
export async function startTestRun(options: TestRunOptions = {}): Promise<void> {
  // Quiet logs in tests (one line per request otherwise); a run may still ask for more with LOG_LEVEL.
  process.env.LOG_LEVEL ||= 'warn';
  const state = await startServer();
  (globalThis as Record<string, unknown>)[STATE_KEY] = state;
  await adminQuery(state.adminUrl, `CREATE DATABASE "${state.template}"`);
  const templateUrl = withDatabaseName(state.adminUrl, state.template);
  const resolveFrom = createRequire(join(options.rootDir ?? process.cwd(), 'package.json'));
  const seed = async (name: string) => {
    const cli = join(dirname(resolveFrom.resolve(`${name}/package.json`)), 'dist', 'cli.js');
    await run(process.execPath, [cli, 'seed'], { env: { ...process.env, DATABASE_URL: templateUrl } }).catch(
      (err: Error & { stderr?: string }) => {
        throw new Error(`seeding ${name} into the test template failed: ${err.stderr || err.message}`);
      },
    );
  };
  for (const name of options.seed ?? []) await seed(name);
  await adminQuery(state.adminUrl, copyDatabaseSql(state.database, state.template));
  process.env.TEST_DATABASE_URL = withDatabaseName(state.adminUrl, state.database);
  process.env.TEST_TEMPLATE_DATABASE = state.template;
}

export async function finishTestRun(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[STATE_KEY] as TestRunState | undefined;
  if (!state) return;
  const scratch = await adminRows<{ datname: string }>(
    state.adminUrl,
    `SELECT datname FROM pg_database WHERE starts_with(datname, '${state.database}_s')`,
  ).catch(() => []);
  for (const name of [...scratch.map((r) => r.datname), state.database, state.template]) {
    await adminQuery(state.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
  await state.stopEmbedded?.();
  if (state.tempDir) rmSync(state.tempDir, { recursive: true, force: true });
}

/**
 * `CREATE DATABASE … TEMPLATE`: a copy of the seeded template in a fraction of a second, instead
 * of seeding again (tens of thousands of volunteers take seconds). FILE_COPY copies the files
 * whole instead of writing every block through the WAL.
 */
export function copyDatabaseSql(name: string, template: string): string {
  return `CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY = FILE_COPY`;
}

async function startServer(): Promise<TestRunState> {
  const database = `civic_test_${process.pid}_${Date.now().toString(36)}`;
  const names = { database, template: `${database}_template` };
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, ...names };
  const tempDir = mkdtempSync(join(tmpdir(), 'civic-test-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port: await freePort(), persistent: false });
  return { adminUrl: embedded.url, stopEmbedded: embedded.stop, tempDir, ...names };
}
