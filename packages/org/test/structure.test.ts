import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { type RunningSubgraph } from '@civic/subgraph-kit';
import { postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

let harness: SubgraphHarness;
let org: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph]);
  org = harness.subgraphs.org;
}, 60000);
afterAll(() => harness?.stop());

const query = <T = Record<string, any>>(q: string, variables?: Record<string, unknown>, identity?: Identity) =>
  postGraphQL<T>(org.url, q, variables, identity ? { [IDENTITY_HEADER]: signIdentity(identity) } : {});

describe('the Huidong structure and the other reported units', () => {
  it('holds 15 sub-centers, each naming the department that runs it', async () => {
    const res = await query(
      `{ orgUnitByCode(code: "513426-ZX") { descendants(level: SUB_CENTER, first: 20) { totalCount edges { node { name department } } } } }`,
    );
    const page = res.data!.orgUnitByCode.descendants;
    expect(page.totalCount).toBe(15);
    expect(page.edges.every((e: { node: { name: string; department: string } }) => e.node.name.includes(e.node.department))).toBe(true);
  });

  it("places the Chengdu district centers under a city center, and Tongchuan's city center at the top", async () => {
    const res =
      await query(`{ a: orgUnitByCode(code: "510115003001-SJZ") { name ancestors { name level } designations { kind title grantedBy active } }
      b: orgUnitByCode(code: "610200-ZX") { name parent { id } region { name parent { name } } } }`);
    expect(res.data!.a.name).toBe('共耕社区新时代文明实践站');
    expect(res.data!.a.ancestors.map((u: { name: string }) => u.name)).toEqual([
      '成都市新时代文明实践中心',
      '温江区新时代文明实践中心',
      '金马街道新时代文明实践所',
    ]);
    expect(res.data!.a.designations).toEqual([
      { kind: 'DEMONSTRATION', title: '成都市新时代文明实践示范点', grantedBy: '中共成都市委宣传部', active: true },
    ]);
    expect(res.data!.b).toEqual({ name: '铜川市新时代文明实践中心', parent: null, region: { name: '铜川市', parent: { name: '陕西省' } } });
  });

  it('gives Huidong venues of every kind', async () => {
    const res = await query(`{ venues(filter: { subtreeOf: "1" }, first: 0) { totalCount } }`);
    expect(res.data!.venues.totalCount).toBeGreaterThan(200);
    for (const kind of [
      'PARTY_MASS_SERVICE_CENTER',
      'CULTURAL_STATION',
      'CONVENIENCE_SERVICE_CENTER',
      'NIGHT_SCHOOL',
      'FARMHOUSE_LIBRARY',
      'HISTORY_MUSEUM',
      'MIGRANT_PARTY_BRANCH',
      'LEGAL_CULTURE_SQUARE',
      'YOUTH_PALACE',
      'OTHER',
    ]) {
      const res = await query(`query($k: VenueKind) { venues(filter: { kind: $k, subtreeOf: "1" }, first: 1) { totalCount } }`, {
        k: kind,
      });
      expect([kind, res.data!.venues.totalCount > 0]).toEqual([kind, true]);
    }
  });

  it('reports coverage of the county: every township has an institute; the seeded villages lack a station', async () => {
    const res = await query(`{ orgUnitByCode(code: "513426-ZX") { coverage { region { code }
      townships { total covered percentCovered uncovered { code } }
      villages { total covered percentCovered uncovered { name parent { name } } } } } }`);
    const report = res.data!.orgUnitByCode.coverage;
    expect(report.region.code).toBe('513426');
    expect(report.townships).toEqual({ total: 19, covered: 19, percentCovered: 100, uncovered: [] });
    expect(report.villages.total).toBe(210);
    expect(report.villages.covered).toBe(204);
    expect(report.villages.percentCovered).toBe(97.14);
    expect(report.villages.uncovered.map((v: { name: string }) => v.name).sort()).toEqual(
      ['乌龙村', '尖山村', '干沟村', '拉达村', '木古村', '阿布村'].sort(),
    );
    expect(report.villages.uncovered.find((v: { name: string }) => v.name === '阿布村').parent.name).toBe('野租乡');
  });

  it("lists a region's children and the units serving it", async () => {
    const res = await query(`{ region(code: "513426") { children { code level } orgUnits { code } } }`);
    expect(res.data!.region.children).toHaveLength(19);
    expect(
      res.data!.region.children.every((c: { code: string; level: string }) => c.code.startsWith('513426') && c.level === 'TOWNSHIP'),
    ).toBe(true);
    expect(res.data!.region.orgUnits.map((u: { code: string }) => u.code)).toContain('513426-ZX');
  });

  it('masks the contact phone except for those entitled to it', async () => {
    const q = `{ orgUnitByCode(code: "513426-ZX") { contact { name title phone } location { latitude longitude } } }`;
    const analyst = await query(q, {}, { subject: 'a', role: 'ANALYST' });
    expect(analyst.data!.orgUnitByCode.contact).toEqual({ name: '王主任', title: '中心办公室主任', phone: '139****0001' });
    expect(analyst.data!.orgUnitByCode.location).toEqual({ latitude: 26.634, longitude: 102.578 });
    const admin = await query(q, {}, { subject: 'b', role: 'ADMIN' });
    expect(admin.data!.orgUnitByCode.contact.phone).toBe('13981500001');
  });
});

describe('query cost', () => {
  it('a page of children with their ancestors, venues and designations costs the same number of statements at 10 and at 50', async () => {
    const page = (first: number) =>
      `{ orgUnitByCode(code: "513426-ZX") { descendants(level: STATION, first: ${first}) { edges { node { code ancestors { code } venues { name } designations { title } isPilot parent { code } } } } } }`;
    const count = async (first: number) => {
      const before = org.database.queries.total;
      const res = await query(page(first));
      expect(res.data!.orgUnitByCode.descendants.edges).toHaveLength(first);
      return org.database.queries.since(before);
    };
    const small = await count(10);
    const large = await count(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(7);
  });

  it('resolves many Region and Venue representations in one statement each', async () => {
    const regions = ['510000', '513400', '513426', '513426100000', '510100'].map((code) => ({ __typename: 'Region', code }));
    const venues = Array.from({ length: 30 }, (_, i) => ({ __typename: 'Venue', id: String(i + 1) }));
    const before = org.database.queries.total;
    const res = await query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { name } ... on Venue { name } } }`, {
      r: [...regions, ...venues],
    });
    expect(org.database.queries.since(before)).toBe(2);
    expect(res.data!._entities.every((e: { name: string }) => e.name.length > 0)).toBe(true);
  });
});

describe('region codes', () => {
  it.each([
    ["a village whose code does not start with its township's", '513426999001', 'VILLAGE', '513426100000'],
    ['a county under another prefecture', '510199', 'COUNTY', '513400'],
    ['a township code of the wrong length', '5134261', 'TOWNSHIP', '513426'],
  ])('refuses %s', async (_label, code, level, parent) => {
    await expect(
      org.database.dataSource.query(`INSERT INTO org.region (code, name, level, parent_code) VALUES ($1, '测试', $2, $3)`, [
        code,
        level,
        parent,
      ]),
    ).rejects.toThrow(/region|check/);
  });
});
