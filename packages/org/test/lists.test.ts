import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { type RunningSubgraph } from '@civic/subgraph-kit';
import { createScratchDatabase, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

let harness: SubgraphHarness;
let org: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph], { databaseUrl: await createScratchDatabase() });
  org = harness.subgraphs.org;
}, 60000);
afterAll(() => harness?.stop());

const ADMIN: Identity = { subject: 'lists-test', role: 'ADMIN' };
const run = (q: string, variables?: Record<string, unknown>) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(ADMIN) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);
const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name);

const HUIDONG_CENTER = '会东县新时代文明实践中心';
const CREATE = `mutation($p: ID, $n: String!, $c: String!) { createOrgUnit(input: { name: $n, code: $c, level: POINT, parentId: $p }) { id } }`;

describe('searching units and venues by Chinese name and pinyin', () => {
  it.each(['hdx', '会东', 'huidong', 'HuiDong Xian'])('finds the Huidong center by "%s"', async (search) => {
    const res = await run(`query($s: String) { orgUnits(filter: { search: $s, level: CENTER }) { edges { node { name } } } }`, {
      s: search,
    });
    expect(names(res.data!.orgUnits)).toContain(HUIDONG_CENTER);
  });

  it('finds a station by the pinyin initials of its village, and nothing for letters no name spells', async () => {
    const res = await run(`{ a: orgUnits(filter: { search: "ztlsq" }) { edges { node { name } } }
                            b: orgUnits(filter: { search: "zzzzqx" }) { totalCount } }`);
    expect(names(res.data!.a)).toEqual(['政通路社区新时代文明实践站']);
    expect(res.data!.b.totalCount).toBe(0);
  });

  it('tells homophones apart when searched in Chinese', async () => {
    const res = await run(`{ orgUnits(filter: { search: "惠东" }) { totalCount } }`);
    expect(res.data!.orgUnits.totalCount).toBe(0);
  });

  it('searches venues and descendants the same way', async () => {
    const res = await run(`{ venues(filter: { search: "hdxfzwhgc" }) { edges { node { name } } }
                            orgUnitByCode(code: "513426-ZX") { descendants(search: "wsjk", level: SUB_CENTER) { edges { node { name } } } } }`);
    expect(names(res.data!.venues)).toEqual(['会东县法治文化广场']);
    expect(names(res.data!.orgUnitByCode.descendants)).toEqual(['会东县新时代文明实践卫生健康分中心']);
  });

  it('refuses a search longer than 50 characters', async () => {
    const res = await run(`query($s: String) { orgUnits(filter: { search: $s }) { totalCount } }`, { s: 'a'.repeat(51) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });

  it('is served by the trigram index, not a table scan', async () => {
    const plan = await org.database.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      const rows: { 'QUERY PLAN': string }[] = await manager.query(
        `EXPLAIN SELECT id FROM org.org_unit unit WHERE unit.search_key LIKE '%hdx%'`,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('org_unit_search_key_trgm');
  });
});

describe('sorting units and venues', () => {
  it('sorts by name descending, by level, and by day unveiled', async () => {
    const center = await idOf('513426-ZX');
    const res = await run(
      `query($c: ID) { byName: orgUnits(filter: { parentId: $c, level: SUB_CENTER }, orderBy: { field: NAME, direction: DESC }, first: 100) { edges { node { name } } }
        byLevel: orgUnits(filter: { ancestorId: $c }, orderBy: { field: LEVEL }, first: 100) { edges { node { level } } }
        byDate: orgUnits(orderBy: { field: ESTABLISHED_ON, direction: DESC }, first: 1) { edges { node { establishedOn } } } }`,
      { c: center },
    );
    const byName = names(res.data!.byName);
    expect(byName).toHaveLength(15);
    expect(byName).toEqual([...byName].sort().reverse());
    const levels = res.data!.byLevel.edges.map((e: { node: { level: string } }) => e.node.level);
    expect(levels.lastIndexOf('INSTITUTE')).toBeLessThan(levels.indexOf('STATION'));
    const [{ latest }] = await sql<{ latest: string }>(`SELECT max(established_on)::text AS latest FROM org.org_unit`);
    expect(res.data!.byDate.edges[0].node.establishedOn).toBe(latest);
  });

  it('sorts venues by capacity, largest first', async () => {
    const res = await run(`{ venues(orderBy: { field: CAPACITY, direction: DESC }, first: 3) { edges { node { name capacity } } } }`);
    const capacities = res.data!.venues.edges.map((e: { node: { capacity: number } }) => e.node.capacity);
    const [{ largest }] = await sql<{ largest: number }>(`SELECT max(capacity) AS largest FROM org.venue`);
    expect(capacities[0]).toBe(largest);
    expect(capacities).toEqual([...capacities].sort((a, b) => b - a));
  });

  it('refuses a cursor given out under another order', async () => {
    const first = await run(`{ orgUnits(orderBy: { field: NAME }, first: 2) { pageInfo { endCursor } } }`);
    const res = await run(`query($a: String) { orgUnits(orderBy: { field: CODE }, first: 2, after: $a) { totalCount } }`, {
      a: first.data!.orgUnits.pageInfo.endCursor,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it.each([
    ['orgUnits', `orgUnits(filter: { ancestorId: $root }, orderBy: { field: NAME, direction: DESC }, first: 3, after: $after)`],
    ['descendants', `orgUnit(id: $root) { descendants(orderBy: { field: NAME, direction: DESC }, first: 2, after: $after)`],
  ])(
    'walks every page of %s by name descending while units are added: nothing repeated, nothing skipped, order kept',
    async (list, field) => {
      const institute = await idOf('513426104000-SJS');
      const original = await sql<{ id: number }>(
        `SELECT id FROM org.org_unit WHERE path LIKE (SELECT path FROM org.org_unit WHERE id = $1) || '_%'`,
        [Number(institute)],
      );
      const q = `query($root: ID!, $after: String) { ${field} { pageInfo { hasNextPage endCursor } edges { node { id name } } }${list === 'descendants' ? ' }' : ''} }`;
      const seen: { id: string; name: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const res: any = await run(q, { root: institute, after });
        const connection = list === 'descendants' ? res.data.orgUnit.descendants : res.data.orgUnits;
        seen.push(...connection.edges.map((e: { node: { id: string; name: string } }) => e.node));
        // Units added between pages: one sorting before the cursor (never to be seen), one after it (still ahead).
        const last = seen[seen.length - 1].name;
        for (const [name, mark] of [
          [`${last}甲`, 'B'],
          [last.slice(0, -1), 'A'],
        ]) {
          const created = await run(CREATE, { p: institute, n: name, c: `WALK-${list}-${page}-${mark}` });
          expect(created.errors).toBeUndefined();
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const ids = seen.map((unit) => unit.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(original.map((row) => String(row.id)).filter((id) => !ids.includes(id))).toEqual([]);
      const order = seen.map((unit) => unit.name);
      expect(order).toEqual([...order].sort().reverse());
    },
  );
});

describe('filtering units', () => {
  it('by designation, pilot status and region', async () => {
    const center = await idOf('513426-ZX');
    const res = await run(
      `query($c: ID) { pilots: orgUnits(filter: { ancestorId: $c, isPilot: true }) { edges { node { name } } }
        others: orgUnits(filter: { ancestorId: $c, isPilot: false }, first: 0) { totalCount }
        all: orgUnits(filter: { ancestorId: $c }, first: 0) { totalCount }
        demonstrations: orgUnits(filter: { designation: DEMONSTRATION }) { edges { node { name } } }
        township: orgUnits(filter: { regionCode: "513426104000" }, first: 0) { totalCount }
        county: orgUnits(filter: { regionCode: "513426" }, first: 0) { totalCount } }`,
      { c: center },
    );
    const data = res.data!;
    expect(names(data.pilots).sort()).toEqual(expect.arrayContaining(['政通路社区新时代文明实践站']));
    expect(data.pilots.edges.length + data.others.totalCount).toBe(data.all.totalCount);
    expect(names(data.demonstrations)).toContain('共耕社区新时代文明实践站');
    const [{ township }] = await sql<{ township: number }>(
      `SELECT count(*)::int AS township FROM org.org_unit WHERE region_code LIKE '513426104%'`,
    );
    expect(data.township.totalCount).toBe(township);
    expect(data.township.totalCount).toBeGreaterThan(1);
    const [{ county }] = await sql<{ county: number }>(`SELECT count(*)::int AS county FROM org.org_unit WHERE region_code LIKE '513426%'`);
    expect(data.county.totalCount).toBe(county);
    expect(data.county.totalCount).toBeGreaterThan(data.township.totalCount);
  });

  it('by closed state', async () => {
    const point = await idOf('513426-SJD-03');
    await run(`mutation($id: ID!) { closeOrgUnit(id: $id, closedOn: "2023-05-01") { id } }`, { id: point });
    const res = await run(`{ open: orgUnits(filter: { state: OPEN }, first: 0) { totalCount }
      closed: orgUnits(filter: { state: CLOSED }) { edges { node { id closedOn } } }
      all: orgUnits(filter: { state: ALL }, first: 0) { totalCount } }`);
    expect(res.data!.closed.edges).toContainEqual({ node: { id: point, closedOn: '2023-05-01' } });
    expect(res.data!.open.totalCount + res.data!.closed.edges.length).toBe(res.data!.all.totalCount);
  });

  it('lists children of one tier', async () => {
    const res = await run(`{ orgUnitByCode(code: "513426-ZX") { institutes: children(level: INSTITUTE) { level } all: children { id } } }`);
    expect(res.data!.orgUnitByCode.institutes).toHaveLength(19);
    expect(res.data!.orgUnitByCode.all.length).toBeGreaterThan(19);
  });
});

describe('coverage on a day', () => {
  it('counts only units unveiled on or before the day and not closed by it', async () => {
    const stations = await sql<{ id: number; region_code: string }>(
      `SELECT id, region_code FROM org.org_unit WHERE level = 'STATION' AND code LIKE '513426%' ORDER BY id LIMIT 2`,
    );
    await sql(`UPDATE org.org_unit SET established_on = '2021-06-01' WHERE id = $1`, [stations[0].id]);
    await sql(`UPDATE org.org_unit SET established_on = '2020-01-01', closed_on = '2022-03-01' WHERE id = $1`, [stations[1].id]);
    const coverage = async (asOf: string | null) => {
      const res = await run(
        `query($d: Date) { orgUnitByCode(code: "513426-ZX") { coverage(asOf: $d) { villages { covered uncovered { code } } } } }`,
        { d: asOf },
      );
      const villages = res.data!.orgUnitByCode.coverage.villages;
      return { covered: villages.covered as number, gaps: villages.uncovered.map((v: { code: string }) => v.code) as string[] };
    };
    const today = await coverage(null);
    const before = await coverage('2021-05-31');
    const between = await coverage('2021-06-01');
    const onClosingDay = await coverage('2022-03-01');
    expect(before.covered).toBe(between.covered - 1);
    expect(before.gaps).toContain(stations[0].region_code);
    expect(between.gaps).not.toContain(stations[0].region_code);
    expect(onClosingDay.gaps).toContain(stations[1].region_code);
    expect(today.covered).toBe(onClosingDay.covered);
  });
});
