import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * What the Huidong report says of the volunteer force, read through the gateway: the "红马甲"
 * called up in epidemic control, forest and grassland fire prevention and flood prevention, with
 * the org subgraph's names beside the volunteers subgraph's figures; and Tongchuan's two lecture
 * groups of child docents.
 */
let platform: TestPlatform;
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst' };
const CENTER_ADMIN: Caller = { role: 'ORG_ADMIN', subject: 'center-admin', orgUnitCode: '513426-ZX' };

beforeAll(async () => {
  platform = await startTestPlatform();
}, 240000);
afterAll(() => platform?.stop());

const MOBILISATIONS = `query Mobilisations {
  orgUnitByCode(code: "513426-ZX") {
    name
    mobilisations(first: 10) {
      totalCount
      edges { node { kind title startsOn endsOn callingUnit { name } area { name } teams { name level } volunteerCount approvedHours } }
    }
  }
}`;

describe('the reports’ volunteer work through the gateway', () => {
  it('shows the 2021 "红马甲" mobilisations over Huidong with their calling units, teams and hours', async () => {
    const res = await callAs(platform.gateway.url, ANALYST, MOBILISATIONS);
    expect(res.errors).toBeUndefined();
    const unit = res.data!.orgUnitByCode;
    const nodes = unit.mobilisations.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(['EPIDEMIC_CONTROL', 'FLOOD_PREVENTION', 'FOREST_FIRE_PREVENTION']);
    for (const node of nodes) {
      expect(node.area).toEqual([{ name: unit.name }]);
      expect(node.teams.some((t: { name: string; level: string }) => t.level === 'TOWNSHIP' && t.name.includes('红马甲'))).toBe(true);
      expect(node.volunteerCount).toBeGreaterThan(0);
      expect(node.approvedHours).toBeGreaterThan(0);
      expect(node.startsOn >= '2021-01-01' && node.endsOn <= '2021-12-31').toBe(true);
    }
    const fire = nodes.find((n: { kind: string }) => n.kind === 'FOREST_FIRE_PREVENTION');
    expect(fire.callingUnit.name).toBe('会东县新时代文明实践应急管理分中心');
  });

  it('refuses an analyst’s mobilisation (FORBIDDEN) and lets the county’s admin start one', async () => {
    const start = `mutation Start($u: ID!) { startMobilisation(input: { kind: OTHER, title: "网关测试动员", callingUnitId: $u, areaUnitIds: [$u], startsOn: "2026-11-01" }) { id ongoing callingUnit { name } } }`;
    const center = await callAs(platform.gateway.url, ANALYST, `{ orgUnitByCode(code: "513426-ZX") { id } }`);
    const u = center.data!.orgUnitByCode.id;
    const refused = await callAs(platform.gateway.url, ANALYST, start, { u });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const started = await callAs(platform.gateway.url, CENTER_ADMIN, start, { u });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startMobilisation).toMatchObject({ ongoing: true, callingUnit: { name: '会东县新时代文明实践中心' } });
  });

  it('holds Tongchuan’s "红孩儿" and "小红星" lecture groups as teams of 40 child docents each', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ volunteerTeams(filter: { search: "铜川市" }, first: 5) { edges { node { name memberCount orgUnit { name } members(first: 1) { edges { node { id kinds } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const teams = res.data!.volunteerTeams.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(teams).toHaveLength(2);
    for (const team of teams) {
      expect(team.memberCount).toBe(40);
      expect(team.orgUnit.name).toBe('铜川市新时代文明实践中心');
      expect(team.members.edges[0].node.kinds).toContain('CHILD_DOCENT');
    }
    expect(teams.map((t: { members: { edges: { node: { id: string } }[] } }) => t.members.edges[0].node.id).sort()).toEqual([
      '90001',
      '90041',
    ]);
  });
});
