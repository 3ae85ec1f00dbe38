import { join } from 'node:path';
import { createScratchDatabase, freePort, queryTestDatabase, startChildService } from '@civic/testing';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/** Starts `cli.js serve` on the database with MIGRATE_ON_START as given, waits until it is healthy, stops it. */
async function serveOnce(databaseUrl: string, migrateOnStart: string): Promise<void> {
  const port = await freePort();
  const service = await startChildService(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), MIGRATE_ON_START: migrateOnStart },
    healthUrl: `http://127.0.0.1:${port}/health`,
  });
  await service.stop();
}

async function tablesOfOrg(databaseUrl: string): Promise<number> {
  const [row] = await queryTestDatabase<{ count: number }>(
    `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'org'`,
    [],
    databaseUrl,
  );
  return row.count;
}

describe('MIGRATE_ON_START', () => {
  it('takes every yes/no word: 0, no, off and false leave the database as it is; on migrates', async () => {
    const databaseUrl = await createScratchDatabase({ empty: true });
    for (const no of ['0', 'no', 'off', 'false', 'OFF']) {
      await serveOnce(databaseUrl, no);
      expect({ no, tables: await tablesOfOrg(databaseUrl) }).toEqual({ no, tables: 0 });
    }
    await serveOnce(databaseUrl, 'on');
    expect(await tablesOfOrg(databaseUrl)).toBeGreaterThan(0);
  }, 120000);

  it('refuses a word it cannot read instead of taking it as yes', async () => {
    const databaseUrl = await createScratchDatabase({ empty: true });
    const outcome = await serveOnce(databaseUrl, 'maybe').then(
      () => 'started',
      (err: Error) => err.message,
    );
    expect(outcome).toContain('MIGRATE_ON_START must be true or false, got "maybe"');
    expect(await tablesOfOrg(databaseUrl)).toBe(0);
  }, 60000);
});
