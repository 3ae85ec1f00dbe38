import { Client } from 'pg';
import { campaignsSubgraph } from '@civic/campaigns';
import { PersonalDataCipher, refillKeyTable } from '@civic/subgraph-kit';
import { volunteersSubgraph } from '@civic/volunteers';
import { dropSecondaryIndexes, rebuildIndexes, resetSequences } from './bulk-indexes';
import { planOrg } from './plan-org';
import { planPeople } from './plan-people';
import { planTeams } from './plan-teams';
import type { ScaleProfile } from './profiles';
import { Progress } from './progress';
import { markSeeded, seededState } from './seed-markers';
import { writeAssessment } from './write-assessment';
import { writeCampaigns } from './write-campaigns';
import { writeExchanges, writePointsRates, writeRedemptions } from './write-exchanges';
import { writeOrg } from './write-org';
import { writeTraining } from './write-training';
import { writeVolunteers } from './write-volunteers';

const BULK_SCHEMAS = ['volunteers', 'campaigns', 'training'];
const ALL_SCHEMAS = ['org', ...BULK_SCHEMAS, 'assessment'];
const YEAR_PARTITIONED = [...(volunteersSubgraph.yearPartitionedTables ?? []), ...(campaignsSubgraph.yearPartitionedTables ?? [])];
/** Tables filled by the migrations themselves, kept by --fresh. */
const KEEP_ON_FRESH = new Set(['migrations', 'team_theme']);

export interface SeedScaleOptions {
  databaseUrl: string;
  profile: ScaleProfile;
  seed: number;
  /** Empty the four schemas' data tables first (otherwise a database with org units is refused). */
  fresh: boolean;
  progress?: Progress;
}

/**
 * Fills a migrated database with one profile's synthetic data, in one transaction: a failure
 * leaves nothing behind. Foreign keys of the bulk schemas are not re-checked row by row
 * (session_replication_role = replica, when the role may set it): the generator draws every
 * reference from rows it writes itself.
 */
export async function seedScale(options: SeedScaleOptions): Promise<void> {
  const progress = options.progress ?? new Progress();
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'civic-seed-scale' });
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    const mayReplicate = await canSetReplicationRole(client);
    const state = await seededState(client);
    if (state.hasUnits && !options.fresh) {
      throw new Error(
        `the database already has data${state.marker ? ` (${state.marker})` : ''}: use a fresh database, or --fresh to empty it first`,
      );
    }
    await client.query('BEGIN');
    if (options.fresh) await emptyTables(client);

    const org = planOrg(options.profile, options.seed);
    const people = planPeople(options.profile, org, options.seed);
    const teams = planTeams(org);
    progress.note(
      `plan: ${org.counties.length} counties, ${org.units.length} units, ${people.count} volunteers, ${teams.teams.length} teams`,
    );

    await writeOrg(client, org, options.seed, progress);
    if (mayReplicate) await client.query(`SET LOCAL session_replication_role = replica`);
    const dropped = await dropSecondaryIndexes(client, BULK_SCHEMAS);
    progress.note(`dropped ${dropped.length} secondary indexes for the load`);
    const cipher = new PersonalDataCipher();
    await writeVolunteers({ client, org, people, teams, seed: options.seed, cipher, progress });
    await writeCampaigns({ client, org, people, seed: options.seed, progress });
    await writeTraining({ client, profile: options.profile, org, people, seed: options.seed, progress });
    await writePointsRates(client, org, progress);
    await writeExchanges(client, org, progress);
    await writeAssessment(client, org, progress);
    // In replica mode, with the bulk schemas' secondary indexes dropped: ten million entries go in
    // without a foreign-key check or the balance trigger per row (the function recounts the balances).
    await rebuildPointsLedger(client, progress);
    if (mayReplicate) await client.query(`SET LOCAL session_replication_role = origin`);
    await refillKeyTables(client, progress);
    await rebuildIndexes(client, dropped, (line) => progress.note(line));
    await rebuildRollups(client, progress);
    await writeRedemptions(client, progress);
    await resetSequences(client, ALL_SCHEMAS);
    await client.query(`SELECT setval('volunteers.volunteer_number_seq', (SELECT max(id) FROM volunteers.volunteer))`);
    await markSeeded(client, options.profile.name, options.seed);
    await client.query('COMMIT');
    progress.note('committed; vacuum analyze (statistics, and the visibility map index-only scans need)');
    for (const schema of [...ALL_SCHEMAS]) await vacuumSchema(client, schema);
    progress.note(`done: profile ${options.profile.name}, seed ${options.seed}`);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** In replica mode no trigger fired: the key tables of the year-partitioned tables get their rows now. */
async function refillKeyTables(client: Client, progress: Progress): Promise<void> {
  for (const spec of YEAR_PARTITIONED) {
    const { rowCount } = await client.query(refillKeyTable(spec));
    progress.note(`${spec.table}: ${rowCount ?? 0} key rows added`);
  }
}

async function canSetReplicationRole(client: Client): Promise<boolean> {
  try {
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET session_replication_role = origin`);
    return true;
  } catch {
    return false;
  }
}

async function emptyTables(client: Client): Promise<void> {
  const { rows } = await client.query<{ name: string; table_name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name, table_name FROM information_schema.tables
     WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'`,
    [ALL_SCHEMAS],
  );
  const tables = rows.filter((r) => !KEEP_ON_FRESH.has(r.table_name)).map((r) => r.name);
  await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
}

async function vacuumSchema(client: Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  for (const r of rows) await client.query(`VACUUM (ANALYZE) ${r.name}`);
}

async function rebuildPointsLedger(client: Client, progress: Progress): Promise<void> {
  const started = Date.now();
  await client.query(`SELECT volunteers.rebuild_points_ledger()`);
  progress.note(`volunteers.rebuild_points_ledger() in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/** Triggers do not fire in replica mode, and one recount is cheaper than a trigger per COPY batch anyway: the roll-ups are recomputed from the rows. */
async function rebuildRollups(client: Client, progress: Progress): Promise<void> {
  for (const fn of ['volunteers.rebuild_unit_rollup', 'volunteers.rebuild_unit_month_rollup', 'campaigns.rebuild_unit_event_rollups']) {
    const started = Date.now();
    await client.query(`SELECT ${fn}()`);
    progress.note(`${fn}() in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}
