import { queryTestDatabase } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Grid work in Huidong through the gateway (《会东县新时代文明实践工作稳步推进》): grid workers, village
 * cadres and volunteers visit households door to door, screen disputes and help families in
 * difficulty; residents' orders are taken down on visits. Residents' personal data stays masked for
 * an OPERATOR, and a write outside the caller's subtree is refused without leaving a row.
 */
let platform: TestPlatform;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params);

const HUIDONG_OFFICE: Caller = { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', subject: 'huidong-office' };
const HUIDONG_OPERATOR: Caller = { role: 'OPERATOR', orgUnitCode: '513426-ZX', subject: 'huidong-operator' };
const TONGCHUAN_OPERATOR: Caller = { role: 'OPERATOR', orgUnitCode: '610200-ZX', subject: 'tongchuan-operator' };

beforeAll(async () => {
  platform = await startTestPlatform();
}, 240000);
afterAll(() => platform?.stop());

const call = (caller: Caller, query: string, variables?: Record<string, unknown>) => callAs(platform.gateway.url, caller, query, variables);

describe('grid work in Huidong (网格工作), through the gateway', () => {
  it("gives the county's 2021 figures: visits by all three kinds of visitor, disputes settled more than escalated, satisfaction", async () => {
    const res = await call(
      HUIDONG_OFFICE,
      `{ orgUnitByCode(code: "513426-ZX") { name gridWork(from: "2021-01-01", to: "2021-12-31") {
          visitCount householdsVisited householdsInDifficulty disputesFound disputesResolved disputesEscalated resolutionRate
          satisfaction { average ratingCount } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const unit = res.data!.orgUnitByCode;
    expect(unit.name).toBe('会东县新时代文明实践中心');
    const [counts] = await sql<{ visits: number; disputes: number; in_difficulty: number }>(
      `SELECT (SELECT count(*) FROM community.visit WHERE visited_on BETWEEN '2021-01-01' AND '2021-12-31')::int AS visits,
              (SELECT count(*) FROM community.dispute_case WHERE found_on BETWEEN '2021-01-01' AND '2021-12-31')::int AS disputes,
              (SELECT count(*) FROM community.household WHERE cardinality(categories) > 0)::int AS in_difficulty`,
    );
    expect(unit.gridWork).toMatchObject({
      visitCount: counts.visits,
      disputesFound: counts.disputes,
      householdsInDifficulty: counts.in_difficulty,
    });
    expect(unit.gridWork.visitCount).toBeGreaterThan(1000);
    expect(unit.gridWork.disputesResolved).toBeGreaterThan(unit.gridWork.disputesEscalated);
    expect(unit.gridWork.resolutionRate).toBeGreaterThan(0.5);
    expect(unit.gridWork.satisfaction.ratingCount).toBeGreaterThan(0);
  });

  it("follows a resident's service order back to the visit it was taken down on, across the volunteers and community subgraphs", async () => {
    const res = await call(
      HUIDONG_OPERATOR,
      `{ serviceRequests(first: 100) { edges { node { id title originVisit { visitorKind findings orgUnit { name } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const linked = res
      .data!.serviceRequests.edges.map(
        (e: { node: { title: string; originVisit: { findings: string; orgUnit: { name: string } } | null } }) => e.node,
      )
      .filter((node: { originVisit: unknown }) => node.originVisit !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const node of linked) {
      expect(node.originVisit.findings).toContain(node.title);
      expect(node.originVisit.orgUnit.name).toMatch(/新时代文明实践站$/);
    }
  });

  it("masks households' personal data for an OPERATOR and shows it to the county's ORG_ADMIN", async () => {
    const query = `{ households(first: 5) { totalCount edges { node { id headName phone address } } } }`;
    const masked = (await call(HUIDONG_OPERATOR, query)).data!.households.edges.map((e: { node: Record<string, string> }) => e.node);
    const whole = (await call(HUIDONG_OFFICE, query)).data!.households.edges.map((e: { node: Record<string, string> }) => e.node);
    expect(masked.map((n: { id: string }) => n.id)).toEqual(whole.map((n: { id: string }) => n.id));
    const [raw] = await sql<{ head_name: string; phone: string }>(`SELECT head_name, phone FROM community.household WHERE id = $1`, [
      whole[0].id,
    ]);
    expect(whole[0]).toMatchObject({ headName: raw.head_name, phone: raw.phone });
    expect(masked[0].headName).toBe(`${[...raw.head_name][0]}${'*'.repeat([...raw.head_name].length - 1)}`);
    expect(masked[0].phone).toBe(`${raw.phone.slice(0, 3)}****${raw.phone.slice(-4)}`);
    expect(masked[0].address).not.toMatch(/[0-9]/);
  });

  it("refuses a Tongchuan operator's visit at a Huidong station with FORBIDDEN and leaves no row", async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT org_unit_id::text AS id FROM community.household ORDER BY id LIMIT 1`);
    const before = await sql(`SELECT count(*)::int AS n FROM community.visit`);
    const res = await call(TONGCHUAN_OPERATOR, `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`, {
      input: { orgUnitId: id, visitorKind: 'GRID_WORKER', visitorName: '外地网格员', visitedOn: '2021-12-01', findings: '越权登记' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.recordVisit ?? null).toBeNull();
    await expect(sql(`SELECT count(*)::int AS n FROM community.visit`)).resolves.toEqual(before);
  });
});
