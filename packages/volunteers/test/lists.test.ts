import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;
let stationId: number;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  await h.sql('ANALYZE');
  [{ id: stationId }] = await h.sql<{ id: number }>(
    `SELECT v.home_unit_id AS id FROM volunteers.volunteer v JOIN org.org_unit u ON u.id = v.home_unit_id WHERE u.level = 'STATION'
     GROUP BY 1 HAVING count(*) BETWEEN 8 AND 400 ORDER BY 1 LIMIT 1`,
  );
}, 120000);
afterAll(() => h?.stop());

type Edge = { cursor: string; node: Record<string, unknown> };
type Page = { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Walks every page of a list, calling `between` after each page (to add rows while paging). */
async function walk(fetchPage: (after: string | null) => Promise<Page>, between: (page: number) => Promise<void>) {
  const nodes: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const result = await fetchPage(after);
    nodes.push(...result.edges.map((e) => e.node));
    await between(page);
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

function expectNoRepeatsNoneSkippedInOrder(
  seen: Record<string, unknown>[],
  original: string[],
  compare: (a: Record<string, unknown>, b: Record<string, unknown>) => number,
) {
  const ids = seen.map((n) => String(n.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining(original));
  for (let i = 1; i < seen.length; i++) expect(compare(seen[i - 1], seen[i])).toBeLessThanOrEqual(0);
}

describe('orderBy on every connection, stable while rows are added (排序与分页)', () => {
  it('walks a station’s volunteers by name descending, 3 a page, while volunteers register in between', async () => {
    const original = (await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE home_unit_id = $1`, [stationId])).map((r) =>
      String(r.id),
    );
    const names = ['赵一', '钱二', '孙三', '李四', '周五', '吴六'];
    const seen = await walk(
      async (after) =>
        (
          await h.gql(
            `query($u: ID, $a: String) { volunteers(filter: { homeUnitId: $u }, orderBy: { field: NAME, direction: DESC }, first: 3, after: $a) {
               edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
            { u: String(stationId), a: after },
          )
        ).data!.volunteers,
      async (page) => {
        if (page < names.length)
          await h.sql(`INSERT INTO volunteers.volunteer (name, home_unit_id, registered_at) VALUES ($1, $2, now())`, [
            names[page],
            stationId,
          ]);
      },
    );
    expectNoRepeatsNoneSkippedInOrder(seen, original, (a, b) =>
      a.name === b.name ? Number(b.id) - Number(a.id) : a.name! < b.name! ? 1 : -1,
    );
  });

  it('walks a team’s members by total hours, 3 a page, while members join in between', async () => {
    const [center] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = '513426-ZX'`);
    const created = await h.gql(
      `mutation($u: ID!) { createVolunteerTeam(input: { name: "分页测试队", level: COUNTY, theme: "法治", orgUnitId: $u }) { id } }`,
      {
        u: String(center.id),
      },
    );
    const team = created.data!.createVolunteerTeam.id as string;
    const members = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer ORDER BY total_service_hours DESC, id LIMIT 12`);
    for (const m of members)
      await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { id } }`, { v: String(m.id), t: team });
    const original = members.map((m) => String(m.id));
    const joiners = await h.sql<{ id: number }>(
      `SELECT id FROM volunteers.volunteer ORDER BY total_service_hours DESC, id OFFSET 12 LIMIT 5`,
    );
    const seen = await walk(
      async (after) =>
        (
          await h.gql(
            `query($t: ID!, $a: String) { volunteerTeam(id: $t) { members(orderBy: { field: TOTAL_SERVICE_HOURS }, first: 3, after: $a) {
               edges { cursor node { id totalServiceHours } } pageInfo { hasNextPage endCursor } } } }`,
            { t: String(team), a: after },
          )
        ).data!.volunteerTeam.members,
      async (page) => {
        if (page < joiners.length)
          await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { id } }`, {
            v: String(joiners[page].id),
            t: String(team),
          });
      },
    );
    expectNoRepeatsNoneSkippedInOrder(seen, original, (a, b) =>
      a.totalServiceHours === b.totalServiceHours ? Number(a.id) - Number(b.id) : Number(a.totalServiceHours) - Number(b.totalServiceHours),
    );
  });

  it('walks service records by hours descending through the new root list, while records are added in between', async () => {
    const [{ volunteer }] = await h.sql<{ volunteer: number }>(
      `SELECT volunteer_id AS volunteer FROM volunteers.service_record GROUP BY 1 HAVING count(*) BETWEEN 8 AND 30 ORDER BY 1 LIMIT 1`,
    );
    const original = (await h.sql<{ id: number }>(`SELECT id FROM volunteers.service_record WHERE volunteer_id = $1`, [volunteer])).map(
      (r) => String(r.id),
    );
    const seen = await walk(
      async (after) =>
        (
          await h.gql(
            `query($v: ID, $a: String) { serviceRecords(filter: { volunteerId: $v }, orderBy: { field: HOURS, direction: DESC }, first: 2, after: $a) {
               edges { cursor node { id hours } } pageInfo { hasNextPage endCursor } } }`,
            { v: String(volunteer), a: after },
          )
        ).data!.serviceRecords,
      async (page) => {
        if (page < 4)
          await h.gql(`mutation($i: RecordServiceInput!) { recordService(input: $i) { id } }`, {
            i: {
              volunteerId: String(volunteer),
              startedAt: `2024-02-0${page + 1}T09:00:00+08:00`,
              endedAt: `2024-02-0${page + 1}T1${page}:00:00+08:00`,
            },
          });
      },
    );
    expectNoRepeatsNoneSkippedInOrder(seen, original, (a, b) =>
      a.hours === b.hours ? Number(b.id) - Number(a.id) : Number(b.hours) - Number(a.hours),
    );
  });

  it('keeps today’s order when orderBy is omitted, and refuses a cursor of another order', async () => {
    const q = `query($a: String, $o: VolunteerOrder) { volunteers(first: 3, after: $a, orderBy: $o) { edges { node { id } } pageInfo { endCursor } } }`;
    const plain = (await h.gql(q)).data!.volunteers;
    expect(plain.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([1, 2, 3]);
    const other = await h.gql(q, { a: plain.pageInfo.endCursor, o: { field: 'NAME' } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('search by Chinese name and pinyin (中文与拼音搜索)', () => {
  it('finds teams by Chinese, full pinyin and initials', async () => {
    const names = async (search: string) =>
      (
        await h.gql(`query($s: String) { volunteerTeams(filter: { search: $s }, first: 50) { edges { node { name } } } }`, { s: search })
      ).data!.volunteerTeams.edges.map((e: { node: { name: string } }) => e.node.name);
    for (const search of ['会东县移风', 'huidongxianyifengyisu', 'hdxyfys'])
      expect(await names(search)).toContain('会东县移风易俗志愿服务队');
  });

  it('finds volunteers, activities and brand projects the same way', async () => {
    const [person] = await h.sql<{ id: number; name: string }>(
      `SELECT id, name FROM volunteers.volunteer WHERE home_unit_id = $1 ORDER BY id LIMIT 1`,
      [stationId],
    );
    const [key] = await h.sql<{ initials: string }>(`SELECT volunteers.pinyin_initials($1) AS initials`, [person.name]);
    for (const search of [person.name, key.initials]) {
      const res = await h.gql(
        `query($s: String, $u: ID) { volunteers(filter: { search: $s, homeUnitId: $u }, first: 100) { edges { node { id } } } }`,
        {
          s: search,
          u: String(stationId),
        },
      );
      expect(res.data!.volunteers.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(String(person.id));
    }
    const activities = await h.gql(`{ activities(search: "zmdsc", first: 5) { edges { node { title } } } }`);
    expect(activities.data!.activities.edges[0].node.title).toContain('周末大扫除');
    const projects = await h.gql(`{ brandProjects(search: "wmqd") { name } }`);
    expect(projects.data!.brandProjects).toEqual([{ name: '文明劝导' }]);
  });

  it('is served by the trigram index on the 90,000 volunteers', async () => {
    const plan = await h.sql<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM volunteers.volunteer v WHERE v.search_key LIKE '%qjj%'`);
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/volunteer_search_key_trgm/);
  });
});

describe('filters (筛选)', () => {
  it('lists service records by period, team, status and subtree, each equal to a count of the rows', async () => {
    const res = await h.gql(
      `query($u: ID) { serviceRecords(filter: { from: "2021-02-01", to: "2021-02-28", teamId: "3", status: APPROVED, subtreeOf: $u }, first: 0) { totalCount } }`,
      { u: String(stationId) },
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
       WHERE v.home_unit_id = $1 AND r.team_id = 3 AND r.status = 'APPROVED' AND r.started_at >= '2021-02-01T00:00+08' AND r.started_at < '2021-03-01T00:00+08'`,
      [stationId],
    );
    expect(res.data!.serviceRecords.totalCount).toBe(n);
  });

  it('lets a volunteer list only its own service records', async () => {
    const [{ id }] = await h.sql<{ id: number }>(`SELECT volunteer_id AS id FROM volunteers.service_record ORDER BY id LIMIT 1`);
    const self = { subject: 'v', role: 'VOLUNTEER' as const, volunteerId: String(id) };
    const own = await h.gql(`{ serviceRecords(first: 100) { edges { node { volunteer { id } } } } }`, {}, self);
    expect(own.data!.serviceRecords.edges.every((e: { node: { volunteer: { id: string } } }) => e.node.volunteer.id === String(id))).toBe(
      true,
    );
    const other = await h.gql(`{ serviceRecords(filter: { volunteerId: "1" }, first: 1) { totalCount } }`, {}, self);
    expect(other.errors?.[0]?.extensions?.code).toBe(id === 1 ? undefined : 'FORBIDDEN');
  });

  it('filters volunteers by kind, political status, star level and registration period', async () => {
    const res = await h.gql(
      `{ volunteers(filter: { kinds: [FIVE_ELDERS], politicalStatuses: [CPC_MEMBER, MASSES], starLevel: 0, registeredFrom: "2020-08-01", registeredTo: "2020-12-31" }, first: 0) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.volunteer WHERE 'FIVE_ELDERS' = ANY(kinds) AND political_status IN ('CPC_MEMBER', 'MASSES')
       AND total_service_hours < 100 AND registered_at >= '2020-08-01T00:00+08' AND registered_at < '2021-01-01T00:00+08' AND deregistered_at IS NULL`,
    );
    expect(res.data!.volunteers.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
  });
});
