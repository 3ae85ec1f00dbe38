import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UNIT_TREE } from '@civic/org-tree';
import { Client } from 'pg';
import {
  adminQuery,
  adminRows,
  createScratchDatabase,
  postgresBinaries,
  startTemporaryPostgres,
  type TemporaryPostgres,
} from '@civic/testing';
import { SUBGRAPHS } from '../src/subgraphs';
import {
  AcceptServiceDocument,
  CampaignViewDocument,
  CompleteServiceDocument,
  DispatchServiceDocument,
  OrderServiceDocument,
  OrgDashboardDocument,
  RateServiceDocument,
  TrainingProgramViewDocument,
  VolunteerProfileDocument,
} from './generated/graphql';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { startSubgraphProcess, type OwnTestSubgraph, type SubgraphName } from './support/subgraph-processes';

/**
 * Each subgraph on a database of its own (issue #23, item 2): the org subgraph on a server of its
 * own (wal_level=logical) publishes the org tree; every other subgraph, on another server's
 * database, subscribes to it (ORG_TREE_SOURCE_URL) and is seeded and served there. A unit moved
 * through the API reaches the volunteers subgraph's subtree figures within the measured time, and
 * the contract's operations still answer.
 */
const run = promisify(execFile);
const ADMIN: Caller = { role: 'ADMIN', subject: 'own-databases-admin' };
const OTHERS = SUBGRAPHS.map((s) => s.name).filter((name) => name !== 'org');
/** How long a move may take to show in another subgraph's figures; the measured times are logged. */
const PROPAGATION_BUDGET_MS = 5000;

let source: TemporaryPostgres;
let orgUrl: string;
let restUrl: string;
let platform: TestPlatform;
/** A connection to the subscribing database, kept open to watch its copy of the tree. */
let copy: Client;
const processes: OwnTestSubgraph[] = [];
const rest = <T>(sql: string, params: unknown[] = []) => adminRows<T>(restUrl, sql, params);

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** `cli.js seed` of one subgraph, as an operator runs it. */
async function seed(name: SubgraphName, databaseUrl: string, env: Record<string, string> = {}): Promise<void> {
  const cli = join(SUBGRAPHS.find((s) => s.name === name)!.packageDir, 'dist', 'cli.js');
  await run(process.execPath, [cli, 'seed'], { env: { ...process.env, DATABASE_URL: databaseUrl, ...env } }).catch(
    (err: Error & { stderr?: string }) => {
      throw new Error(`seeding ${name} failed: ${err.stderr || err.message}`);
    },
  );
}

/** The subscription must go before its database can be dropped; the source server goes away with its slot. */
async function dropSubscriptions(url: string): Promise<void> {
  const subscriptions = await adminRows<{ name: string }>(
    url,
    `SELECT subname AS name FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  for (const { name } of subscriptions) {
    await adminQuery(url, `ALTER SUBSCRIPTION ${name} DISABLE`);
    await adminQuery(url, `ALTER SUBSCRIPTION ${name} SET (slot_name = NONE)`);
    await adminQuery(url, `DROP SUBSCRIPTION ${name}`);
  }
}

const SUBTREE_VOLUNTEERS = `query($id: ID!) { orgUnit(id: $id) { volunteerStats(scope: SUBTREE) { volunteerCount } } }`;
const MOVE = `mutation($id: ID!, $parent: ID!) { moveOrgUnit(id: $id, newParentId: $parent) { id parent { id } } }`;

async function subtreeVolunteers(unitId: string): Promise<number> {
  const res = await callAs<{ orgUnit: { volunteerStats: { volunteerCount: number } } }>(platform.gateway.url, ADMIN, SUBTREE_VOLUNTEERS, {
    id: unitId,
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.orgUnit.volunteerStats.volunteerCount;
}

/** Milliseconds from sending a move. */
interface MoveTiming {
  /** Until the client has the mutation's answer (the org database committed before it). */
  answered: number;
  /** Until the subscribing database's copy of the tree shows the new parent (watched from the start). */
  copied: number;
  /** Until a figures query through the gateway, sent when the answer came, answered right. */
  figures: number;
}

/** Moves `unitId` under `parentId`, timing the answer, the copy in the other database and the volunteers subgraph's figures. */
async function timedMove(unitId: string, parentId: string, expected: number): Promise<MoveTiming> {
  const sent = performance.now();
  const overBudget = () => performance.now() - sent > PROPAGATION_BUDGET_MS;
  const copied = (async () => {
    for (;;) {
      const { rows } = await copy.query<{ parent: number }>(`SELECT parent_id AS parent FROM ${UNIT_TREE} WHERE id = $1`, [unitId]);
      if (String(rows[0].parent) === parentId) return performance.now() - sent;
      if (overBudget()) throw new Error(`the copy did not follow within ${PROPAGATION_BUDGET_MS} ms`);
    }
  })();
  const moved = await callAs(platform.gateway.url, ADMIN, MOVE, { id: unitId, parent: parentId });
  const answered = performance.now() - sent;
  expect(moved.errors).toBeUndefined();
  while ((await subtreeVolunteers(parentId)) !== expected) {
    if (overBudget()) throw new Error(`the figures did not follow within ${PROPAGATION_BUDGET_MS} ms`);
  }
  return { answered, copied: await copied, figures: performance.now() - sent };
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[sorted.length >> 1].toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} (${times.map((t) => t.toFixed(1)).join(', ')})`;
};

(postgresBinaries(['initdb', 'pg_ctl', 'postgres']) ? describe : describe.skip)(
  'each subgraph on a database of its own (独立数据库)',
  () => {
    beforeAll(async () => {
      source = (await startTemporaryPostgres({ wal_level: 'logical' }))!;
      await adminQuery(source.url, 'CREATE DATABASE org_home');
      orgUrl = withDatabase(source.url, 'org_home');
      restUrl = await createScratchDatabase({ empty: true });
      const subscriber = { ORG_TREE_SOURCE_URL: orgUrl };
      await seed('org', orgUrl);
      for (const name of OTHERS) await seed(name, restUrl, subscriber);
      const started = await Promise.all([
        startSubgraphProcess('org', orgUrl),
        ...OTHERS.map((name) => startSubgraphProcess(name, restUrl, undefined, subscriber)),
      ]);
      processes.push(...started);
      platform = await startTestPlatform({ gateway: { subgraphUrls: Object.fromEntries(started.map((s) => [s.name, s.url])) } });
      copy = new Client({ connectionString: restUrl });
      await copy.connect();
    }, 600000);

    afterAll(async () => {
      await copy?.end();
      await platform?.stop();
      await Promise.all(processes.map((p) => p.service.stop()));
      if (restUrl) await dropSubscriptions(restUrl);
      await source?.stop();
    }, 60000);

    it("holds only the org tree's published columns beside the other subgraphs' schemas, all of it copied", async () => {
      const relations = await rest<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'org' ORDER BY table_name`,
      );
      expect(relations.map((r) => `org.${r.name}`)).toEqual(['org.org_unit', UNIT_TREE]);
      const [copied] = await rest<{ units: number }>(`SELECT count(*)::int AS units FROM ${UNIT_TREE}`);
      const [published] = await adminRows<{ units: number }>(orgUrl, `SELECT count(*)::int AS units FROM ${UNIT_TREE}`);
      expect(copied.units).toBe(published.units);
      expect(copied.units).toBeGreaterThan(100);
    });

    it('shows a moved station in the new township’s volunteer figures within the measured time', async () => {
      // The Huidong station with the most volunteers, its township and another township of the county.
      const [station] = await rest<{ id: number; parent: number; volunteers: number }>(
        `SELECT s.id, s.parent_id AS parent, count(*)::int AS volunteers
       FROM ${UNIT_TREE} s JOIN volunteers.volunteer v ON v.home_unit_id = s.id AND v.deregistered_at IS NULL
       JOIN ${UNIT_TREE} c ON c.code = '513426-ZX' AND starts_with(s.path, c.path)
       WHERE s.level = 'STATION' GROUP BY s.id, s.parent_id ORDER BY volunteers DESC, s.id LIMIT 1`,
      );
      const [other] = await rest<{ id: number }>(
        `SELECT t.id FROM ${UNIT_TREE} t JOIN ${UNIT_TREE} c ON c.code = '513426-ZX' AND starts_with(t.path, c.path)
       WHERE t.level = 'INSTITUTE' AND t.id <> $1 AND t.closed_on IS NULL ORDER BY t.id LIMIT 1`,
        [station.parent],
      );
      expect(station.volunteers).toBeGreaterThan(0);
      const [home, away, unit] = [String(station.parent), String(other.id), String(station.id)];
      const before = { home: await subtreeVolunteers(home), away: await subtreeVolunteers(away) };

      const timings: MoveTiming[] = [];
      for (let round = 0; round < 5; round += 1) {
        timings.push(await timedMove(unit, away, before.away + station.volunteers));
        expect(await subtreeVolunteers(home)).toBe(before.home - station.volunteers);
        timings.push(await timedMove(unit, home, before.home));
        expect(await subtreeVolunteers(away)).toBe(before.away);
      }
      console.info(
        `a move through the gateway, ${timings.length} times (ms from sending it):\n` +
          `  its answer:                              ${summary(timings.map((t) => t.answered))}\n` +
          `  the move in the volunteers database:    ${summary(timings.map((t) => t.copied))}\n` +
          `  the volunteers figures, asked after it: ${summary(timings.map((t) => t.figures))}`,
      );
      expect(Math.max(...timings.map((t) => t.figures))).toBeLessThan(PROPAGATION_BUDGET_MS);
    }, 120000);

    it("answers the contract's operations across the two databases", async () => {
      const dashboard = await callAs(platform.gateway.url, ADMIN, OrgDashboardDocument, { code: '513426-ZX' });
      expect(dashboard.errors).toBeUndefined();
      const center = dashboard.data!.orgUnitByCode!;
      expect(center.name).toBe('会东县新时代文明实践中心');
      expect(center.volunteerStats.volunteerCount).toBeGreaterThanOrEqual(90000);
      expect(center.campaignStats.eventCount).toBeGreaterThan(700);
      expect(center.children.length).toBeGreaterThan(10);

      const [campaign] = await rest<{ id: number }>(`SELECT id FROM campaigns.campaign WHERE name = '会东县党史学习教育宣讲'`);
      const view = await callAs(platform.gateway.url, ADMIN, CampaignViewDocument, { id: String(campaign.id) });
      expect(view.errors).toBeUndefined();
      expect(view.data!.campaign!.name).toBe('会东县党史学习教育宣讲');

      const [program] = await rest<{ id: number }>(`SELECT id FROM training.training_program ORDER BY id LIMIT 1`);
      const training = await callAs(platform.gateway.url, ADMIN, TrainingProgramViewDocument, { id: String(program.id) });
      expect(training.errors).toBeUndefined();
      expect(training.data!.trainingProgram!.organizer.name).toMatch(/新时代文明实践/);

      const [member] = await rest<{ id: number }>(
        `SELECT volunteer_id AS id FROM volunteers.team_membership ORDER BY volunteer_id LIMIT 1`,
      );
      const profile = await callAs(platform.gateway.url, ADMIN, VolunteerProfileDocument, { id: String(member.id) });
      expect(profile.errors).toBeUndefined();
      expect(profile.data!.volunteer!.homeUnit).toBeTruthy();

      const [station] = await rest<{ id: number; institute: string; team: number }>(
        `SELECT s.id, i.code AS institute, t.id AS team FROM ${UNIT_TREE} s JOIN ${UNIT_TREE} i ON i.id = s.parent_id
       JOIN volunteers.volunteer_team t ON t.org_unit_id = s.id WHERE s.name = '小岔河村新时代文明实践站' LIMIT 1`,
      );
      const operator: Caller = { role: 'OPERATOR', orgUnitCode: station.institute, subject: 'own-databases-operator' };
      const url = platform.gateway.url;
      const ordered = await callAs(url, operator, OrderServiceDocument, {
        input: { title: '帮助独居老人打扫卫生', orgUnitId: String(station.id) },
      });
      expect(ordered.errors).toBeUndefined();
      const id = ordered.data!.createServiceRequest.id;
      expect((await callAs(url, operator, DispatchServiceDocument, { id, teamId: String(station.team) })).errors).toBeUndefined();
      expect((await callAs(url, operator, AcceptServiceDocument, { id })).errors).toBeUndefined();
      expect((await callAs(url, operator, CompleteServiceDocument, { id })).errors).toBeUndefined();
      const rated = await callAs(url, operator, RateServiceDocument, { id, rating: 5, comment: '及时' });
      expect(rated.data!.rateServiceRequest).toEqual({ id, status: 'RATED', rating: 5 });
    }, 120000);
  },
);
