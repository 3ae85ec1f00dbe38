import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Issue #21 through the gateway: the campaigns subgraph's role models, works, study visits and
 * activity calendar joined with the org subgraph's units and venues. Reads only, on the shared demo data.
 */
let platform: TestPlatform;
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst-reports' };

beforeAll(async () => {
  platform = await startTestPlatform();
}, 240000);
afterAll(() => platform?.stop());

describe('what the reports describe, through the gateway', () => {
  it('shows the "玉米书记" at a Tongchuan unit, featured by the 照金精神 exhibition', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ roleModels(filter: { search: "玉米" }) { totalCount } jin: roleModels(filter: { search: "靳康鹏" }) { edges { node {
          name nickname unit { name ancestors { code } } honours { title level } featuredIn { name organizer { code } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [model] = res.data!.jin.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(model.nickname).toBe('玉米书记');
    expect(
      [model.unit, ...model.unit.ancestors].some((u: { code?: string }) => u.code === '610200-ZX') || model.unit.name.includes('铜川'),
    ).toBe(true);
    expect(model.honours).toHaveLength(3);
    expect(model.featuredIn).toEqual([{ name: '庆祝建党100周年"照金精神"铜川市专题宣讲展览', organizer: { code: '610200-ZX' } }]);
  });

  it("lists Huidong's themed days with the sub-centers responsible, by name, and the events they held", async () => {
    const center = await callAs(platform.gateway.url, ANALYST, `{ orgUnitByCode(code: "513426-ZX") { id } }`);
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `query($u: ID!) { activityCalendar(unitId: $u, year: 2021) { days { theme date responsibleUnits { name level }
         activities { status event { title host { name level } } } } } }`,
      { u: center.data!.orgUnitByCode.id },
    );
    expect(res.errors).toBeUndefined();
    const leiFeng = res.data!.activityCalendar.days.find((d: { theme: string }) => d.theme === '学雷锋纪念日');
    expect(leiFeng.date).toBe('2021-03-05');
    expect(
      leiFeng.responsibleUnits.every((u: { level: string; name: string }) => u.level === 'SUB_CENTER' && u.name.endsWith('分中心')),
    ).toBe(true);
    expect(leiFeng.activities[0]).toMatchObject({ status: 'HELD', event: { host: { level: 'SUB_CENTER' } } });
  });

  it('names the red education site of each study visit where the org data has it', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ campaignEvents(filter: { search: "研学实践" }, first: 20) { edges { node { place venue { name kind } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const visits: { place: string; venue: { name: string } | null }[] = res.data!.campaignEvents.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(visits.length).toBeGreaterThan(0);
    for (const visit of visits) if (visit.venue) expect(visit.venue.name).toBe(visit.place);
  });
});
