import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { applySqlDefinitions, createSubgraphDatabase } from '@civic/subgraph-kit';
import { createScratchDatabase, functionsInDatabase, functionsInSqlFiles, startSubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

const run = promisify(execFile);
const PACKAGE_ROOT = join(__dirname, '..');

const functionsInFiles = () => functionsInSqlFiles(volunteersSubgraph.sqlDirectory!);

describe('SQL definitions (sql/*.sql)', () => {
  const inFiles = functionsInFiles();

  it('define record_service, record_service_in_scope, the overlap rule, the roll-up and the points ledger functions', () => {
    expect([...inFiles.keys()].sort()).toEqual(
      [
        'volunteers.book_service_points',
        'volunteers.china_month',
        'volunteers.move_points_accounts',
        'volunteers.overlapping_service_record',
        'volunteers.points_rate_of',
        'volunteers.points_rule_of',
        'volunteers.rebuild_points_ledger',
        'volunteers.refuse_points_entry_change',
        'volunteers.rebuild_unit_month_rollup',
        'volunteers.rebuild_unit_rollup',
        'volunteers.record_service',
        'volunteers.record_service_in_scope',
        'volunteers.roll_up_record_months',
        'volunteers.roll_up_roster_months',
        'volunteers.roll_up_teams',
        'volunteers.roll_up_volunteers',
      ].sort(),
    );
  });

  it('are what the database runs once a subgraph has started on an empty database', async () => {
    const url = await createScratchDatabase({ empty: true });
    const h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: url, seed: false });
    try {
      expect(await functionsInDatabase(url, [...inFiles.keys()])).toEqual(inFiles);
    } finally {
      await h.stop();
    }
  });

  it('are what the database runs after the migrate command', async () => {
    const url = await createScratchDatabase({ empty: true });
    for (const packageRoot of [dirname(require.resolve('@civic/org/package.json')), PACKAGE_ROOT]) {
      await run(process.execPath, [join(packageRoot, 'dist', 'cli.js'), 'migrate'], { env: { ...process.env, DATABASE_URL: url } });
    }
    expect(await functionsInDatabase(url, [...inFiles.keys()])).toEqual(inFiles);
  });
});

describe('applying SQL definitions', () => {
  it('runs the files in file-name order, in one transaction: a failing file leaves the database as it was', async () => {
    const url = await createScratchDatabase({ empty: true });
    const { dataSource } = await createSubgraphDatabase({ url, schema: 'probe', entities: [], migrations: [] });
    const directory = mkdtempSync(join(tmpdir(), 'sql-definitions-'));
    const answer = async () => (await dataSource.query(`SELECT probe.answer() AS a`))[0].a;
    const define = (file: string, value: number) =>
      writeFileSync(join(directory, file), `CREATE OR REPLACE FUNCTION probe.answer() RETURNS int LANGUAGE sql AS $$ SELECT ${value} $$;`);
    try {
      define('20-later.sql', 2);
      define('10-earlier.sql', 1);
      writeFileSync(join(directory, 'notes.txt'), 'not SQL');
      expect(await applySqlDefinitions(dataSource, directory)).toEqual(['10-earlier.sql', '20-later.sql']);
      expect(await answer()).toBe(2);

      define('20-later.sql', 3);
      writeFileSync(join(directory, '30-broken.sql'), 'CREATE OR REPLACE FUNCTION probe.broken( RETURNS');
      await expect(applySqlDefinitions(dataSource, directory)).rejects.toThrow(/30-broken\.sql/);
      expect(await answer()).toBe(2);
    } finally {
      await dataSource.destroy();
    }
  });
});
