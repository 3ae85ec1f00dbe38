import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** The org hierarchy, through the gateway over HTTP, on a database of its own (it moves units). */
let platform: TestPlatform;
let databaseUrl: string;
const ADMIN: Caller = { role: 'ADMIN', subject: 'org-admin' };
const call = (query: string, variables?: Record<string, unknown>) => callAs(platform.gateway.url, ADMIN, query, variables);
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

describe('the Huidong hierarchy through the gateway', () => {
  it('counts 204 stations, 19 institutes, 15 sub-centers and 15 points below the center', async () => {
    const res = await call(`{ orgUnitByCode(code: "513426-ZX") {
      stations: descendants(level: STATION, first: 0) { totalCount }
      institutes: descendants(level: INSTITUTE, first: 0) { totalCount }
      subCenters: descendants(level: SUB_CENTER, first: 0) { totalCount }
      points: descendants(level: POINT, first: 0) { totalCount } } }`);
    expect(res.errors).toBeUndefined();
    const c = res.data!.orgUnitByCode;
    expect([c.stations.totalCount, c.institutes.totalCount, c.subCenters.totalCount, c.points.totalCount]).toEqual([204, 19, 15, 15]);
  });

  it('lists ancestors root first', async () => {
    const res = await call(`{ orgUnits(filter: { search: "小岔河" }) { edges { node { level isPilot ancestors { code level } } } } }`);
    expect(res.data!.orgUnits.edges[0].node).toEqual({
      level: 'STATION',
      isPilot: true,
      ancestors: [{ code: '513426-ZX', level: 'CENTER' }, { code: '513426101000-SJS', level: 'INSTITUTE' }],
    });
  });

  it('reports the coverage gaps that were seeded', async () => {
    const res = await call(`{ orgUnitByCode(code: "513426-ZX") { coverage { townships { uncovered { code } percentCovered } villages { total covered percentCovered uncovered { name } } } } }`);
    const { townships, villages } = res.data!.orgUnitByCode.coverage;
    expect(townships).toEqual({ uncovered: [], percentCovered: 100 });
    expect(villages).toMatchObject({ total: 210, covered: 204, percentCovered: 97.14 });
    expect(villages.uncovered).toHaveLength(6);
  });
});

describe('moving units', () => {
  const MOVE = `mutation($id: ID!, $p: ID!) { moveOrgUnit(id: $id, newParentId: $p) { id } }`;
  const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);

  it('refuses a move under its own descendant, and one that breaks a level rule, with BAD_USER_INPUT', async () => {
    const cycle = await call(MOVE, { id: await idOf('513426101000-SJS'), p: await idOf('513426101200-SJZ') });
    expect(cycle.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/cycle/) });
    const level = await call(MOVE, { id: await idOf('513426101200-SJZ'), p: await idOf('513426-FZX-01') });
    expect(level.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/cannot sit under a SUB_CENTER/) });
  });

  it('moves a station with its subtree: descendants get new ancestors, and every subgraph\'s subtree figures follow', async () => {
    const [station] = await sql<{ id: number; code: string }>(
      `SELECT s.id, s.code FROM org.org_unit s WHERE s.level = 'STATION'
         AND EXISTS (SELECT 1 FROM volunteers.volunteer v WHERE v.home_unit_id = s.id)
         AND EXISTS (SELECT 1 FROM campaigns.campaign_event e WHERE e.host_unit_id = s.id)
       ORDER BY s.id LIMIT 1`,
    );
    const point = await call(`mutation($p: ID!) { createOrgUnit(input: { name: "村小实践点", code: "T-MOVE-POINT", level: POINT, parentId: $p }) { id } }`, { p: String(station.id) });
    expect(point.errors).toBeUndefined();
    const [{ from, to }] = await sql<{ from: string; to: string }>(
      `SELECT (SELECT p.code FROM org.org_unit p WHERE p.id = s.parent_id) AS from,
              (SELECT i.code FROM org.org_unit i WHERE i.level = 'INSTITUTE' AND i.code LIKE '513426%' AND i.id <> s.parent_id ORDER BY i.id DESC LIMIT 1) AS to
       FROM org.org_unit s WHERE s.id = $1`,
      [station.id],
    );
    const figures = `query($from: String!, $to: String!) {
      from: orgUnitByCode(code: $from) { volunteerStats { volunteerCount } campaignStats { eventCount } }
      to: orgUnitByCode(code: $to) { volunteerStats { volunteerCount } campaignStats { eventCount } } }`;
    const stationFigures = await call(`query($id: ID!) { orgUnit(id: $id) { volunteerStats { volunteerCount } campaignStats { eventCount } } }`, { id: String(station.id) });
    const moving = stationFigures.data!.orgUnit;
    const before = (await call(figures, { from, to })).data!;

    const moved = await call(MOVE, { id: String(station.id), p: await idOf(to) });
    expect(moved.errors).toBeUndefined();

    const ancestors = await call(`{ orgUnitByCode(code: "T-MOVE-POINT") { ancestors { code } } }`);
    expect(ancestors.data!.orgUnitByCode.ancestors.map((a: { code: string }) => a.code)).toEqual(['513426-ZX', to, station.code]);
    const after = (await call(figures, { from, to })).data!;
    expect(moving.volunteerStats.volunteerCount).toBeGreaterThan(0);
    expect(moving.campaignStats.eventCount).toBeGreaterThan(0);
    expect(after.from.volunteerStats.volunteerCount).toBe(before.from.volunteerStats.volunteerCount - moving.volunteerStats.volunteerCount);
    expect(after.to.volunteerStats.volunteerCount).toBe(before.to.volunteerStats.volunteerCount + moving.volunteerStats.volunteerCount);
    expect(after.from.campaignStats.eventCount).toBe(before.from.campaignStats.eventCount - moving.campaignStats.eventCount);
    expect(after.to.campaignStats.eventCount).toBe(before.to.campaignStats.eventCount + moving.campaignStats.eventCount);
  });
});
