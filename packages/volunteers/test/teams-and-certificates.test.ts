import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { leaderboard } from '../src/leaderboard/leaderboard';

let h: SubgraphHarness;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  centerId = String(row.id);
}, 120000);
afterAll(() => h?.stop());

describe('teams (志愿服务队)', () => {
  it('has the 17 county-level themed teams, a township team at every institute, and the brand projects', async () => {
    const county = await h.gql(
      `query($c: ID!) { volunteerTeams(filter: { level: COUNTY, subtreeOf: $c }, first: 50) { totalCount edges { node { theme memberCount leader { id } } } } }`,
      { c: centerId },
    );
    expect(county.data!.volunteerTeams.totalCount).toBe(17);
    const themes = county.data!.volunteerTeams.edges.map((e: { node: { theme: string } }) => e.node.theme);
    expect(themes).toEqual(expect.arrayContaining(['党员', '理论宣讲与宣传教育', '移风易俗', '救济帮困', '法治', '卫生健康', '生态环保']));
    expect(county.data!.volunteerTeams.edges.every((e: { node: { memberCount: number } }) => e.node.memberCount > 0)).toBe(true);
    const township = await h.gql(`{ volunteerTeams(filter: { level: TOWNSHIP }, first: 0) { totalCount } }`);
    expect(township.data!.volunteerTeams.totalCount).toBe(19);
    const projects = await h.gql(`{ brandProjects { name teams { name } } }`);
    expect(projects.data!.brandProjects.map((p: { name: string }) => p.name).sort()).toEqual(
      ['文明劝导', '周末大扫除', '爱心妈妈', '文明会东', '巾帼志愿', '关爱留守儿童', '青春护航', '阳光助残', '创建文明城市'].sort(),
    );
  });

  it('records joining and leaving, keeping the history; twice is a CONFLICT', async () => {
    const create = await h.gql(
      `mutation($u: ID!) { createVolunteerTeam(input: { name: "测试队", level: COUNTY, theme: "法治", orgUnitId: $u }) { id } }`,
      { u: centerId },
    );
    const team = create.data!.createVolunteerTeam.id;
    const [{ id }] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer ORDER BY id DESC LIMIT 1`);
    const join = `mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { memberCount } }`;
    const leave = `mutation($v: ID!, $t: ID!) { leaveTeam(volunteerId: $v, teamId: $t) { memberCount } }`;
    expect((await h.gql(join, { v: String(id), t: team })).data!.joinTeam.memberCount).toBe(1);
    expect((await h.gql(join, { v: String(id), t: team })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await h.gql(leave, { v: String(id), t: team })).data!.leaveTeam.memberCount).toBe(0);
    expect((await h.gql(leave, { v: String(id), t: team })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await h.gql(join, { v: String(id), t: team })).errors).toBeUndefined();
    const history = await h.gql(`query($v: ID!) { volunteer(id: $v) { memberships { team { id } leftOn } } }`, { v: String(id) });
    const mine = history.data!.volunteer.memberships.filter((m: { team: { id: string } }) => m.team.id === team);
    expect(mine).toHaveLength(2);
    expect(mine[0].leftOn).not.toBeNull();
    expect(mine[1].leftOn).toBeNull();
  });

  it('refuses a theme that is not configured', async () => {
    const res = await h.gql(
      `mutation($u: ID!) { createVolunteerTeam(input: { name: "x", level: COUNTY, theme: "不存在", orgUnitId: $u }) { id } }`,
      { u: centerId },
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/theme/) });
  });
});

describe('leaderboard and certificates', () => {
  it("ranks the subtree's volunteers by approved hours, for all time and for a period", async () => {
    const res = await h.gql(
      `query($u: ID!) { orgUnits: _entities(representations: [{ __typename: "OrgUnit", id: $u }]) { ... on OrgUnit {
      all: topVolunteers(first: 5) { rank hours volunteer { id totalServiceHours } }
      march: topVolunteers(first: 3, from: "2021-03-01T00:00:00+08:00", to: "2021-04-01T00:00:00+08:00") { rank hours } } } }`,
      { u: centerId },
    );
    expect(res.errors).toBeUndefined();
    const { all, march } = res.data!.orgUnits[0];
    expect(all).toHaveLength(5);
    expect(all[0].rank).toBe(1);
    expect(all.map((r: { hours: number }) => r.hours)).toEqual([...all.map((r: { hours: number }) => r.hours)].sort((a, b) => b - a));
    expect(all[0].hours).toBe(all[0].volunteer.totalServiceHours);
    const [top] = await h.sql<{ hours: string }>(
      `SELECT sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' AND started_at >= '2021-03-01T00:00:00+08:00' AND started_at < '2021-04-01T00:00:00+08:00'
       GROUP BY volunteer_id ORDER BY 1 DESC LIMIT 1`,
    );
    expect(march[0].hours).toBe(Number(top.hours));
  });

  it("ranks only the unit's own volunteers with SELF", async () => {
    const [unit] = await h.sql<{ id: number }>(
      `SELECT home_unit_id AS id FROM volunteers.volunteer WHERE total_service_hours > 0 GROUP BY home_unit_id ORDER BY count(*) DESC, home_unit_id LIMIT 1`,
    );
    const res = await h.gql(
      `query($u: ID!) { _entities(representations: [{ __typename: "OrgUnit", id: $u }]) { ... on OrgUnit { topVolunteers(scope: SELF, first: 5) { hours volunteer { id } } } } }`,
      { u: String(unit.id) },
    );
    expect(res.errors).toBeUndefined();
    const expected = await h.sql<{ id: number; hours: string }>(
      `SELECT id, total_service_hours AS hours FROM volunteers.volunteer WHERE home_unit_id = $1 AND total_service_hours > 0 ORDER BY total_service_hours DESC, id LIMIT 5`,
      [unit.id],
    );
    expect(
      res.data!._entities[0].topVolunteers.map((r: { hours: number; volunteer: { id: string } }) => [Number(r.volunteer.id), r.hours]),
    ).toEqual(expected.map((r) => [r.id, Number(r.hours)]));
  });

  it("finds the subtree's volunteers through the path index (an index range, not a pattern computed per row)", async () => {
    const plan = await h.subgraphs.volunteers.database.dataSource.transaction(async (manager) => {
      // The demo tree is small enough that reading all of it may win (a sequential scan, or every unit by
      // its primary key with the subtree test as a join filter); forbid both to see what the path index can serve.
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_indexscan = off');
      const lines: string[] = [];
      const explaining = {
        async query<T>(sql: string, params?: unknown[]): Promise<T> {
          for (const row of await manager.query(`EXPLAIN ${sql}`, params)) lines.push(row['QUERY PLAN']);
          return [] as T;
        },
      };
      await leaderboard(explaining, { unitId: Number(centerId), subtree: true, from: null, to: null, first: 10 });
      return lines.join('\n');
    });
    expect(plan).toMatch(/Scan (using|on) org_unit_path_idx[^\n]*\n\s+Index Cond: \(\(path ~>=~/);
  });

  it('issues a numbered certificate with masked ID and the approved hours', async () => {
    const [v] = await h.sql<{ id: number; t: string; number: string }>(
      `SELECT id, total_service_hours AS t, volunteer_number AS number FROM volunteers.volunteer ORDER BY total_service_hours DESC LIMIT 1`,
    );
    const res = await h.gql(
      `mutation($v: ID!) { issueServiceCertificate(volunteerId: $v) { certificateNumber name maskedIdNumber volunteerNumber hours recordCount contentSummary issuedOn issuingUnit { id } } }`,
      { v: String(v.id) },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.issueServiceCertificate;
    expect(c.certificateNumber).toMatch(/^ZM-\d{4}-\d{8}$/);
    expect(c.maskedIdNumber).toMatch(/^5134\*{10}\d{3}[\dX]$/);
    expect(c.volunteerNumber).toBe(v.number);
    expect(c.hours).toBe(Number(v.t));
    expect(c.recordCount).toBeGreaterThan(0);
  });
});

describe('certificates of many volunteers', () => {
  it('come in one statement for a whole list, each volunteer its own, newest first', async () => {
    const holders = (
      await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE total_service_hours > 0 ORDER BY id LIMIT 4`)
    ).map((r) => String(r.id));
    for (const v of [...holders, holders[0]])
      expect((await h.gql(`mutation($v: ID!) { issueServiceCertificate(volunteerId: $v) { id } }`, { v })).errors).toBeUndefined();
    const representations = holders.map((id) => ({ __typename: 'Volunteer', id }));
    const before = h.subgraphs.volunteers.database.queries.total;
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id certificates { id certificateNumber volunteerNumber } } } }`,
      { r: representations },
    );
    const statements = h.subgraphs.volunteers.database.queries.since(before);
    expect(res.errors).toBeUndefined();
    const volunteers = res.data!._entities as { id: string; certificates: { id: string; volunteerNumber: string }[] }[];
    const numbers = new Map(
      (
        await h.sql<{ id: number; volunteer_number: string }>(
          `SELECT id, volunteer_number FROM volunteers.volunteer WHERE id = ANY($1::int[])`,
          [holders.map(Number)],
        )
      ).map((r) => [String(r.id), r.volunteer_number]),
    );
    const stored = await h.sql<{ volunteer_id: number; id: number }>(
      `SELECT volunteer_id, id FROM volunteers.service_certificate WHERE volunteer_id = ANY($1::int[]) ORDER BY id DESC`,
      [holders.map(Number)],
    );
    for (const v of volunteers) {
      expect(v.certificates.map((c) => Number(c.id))).toEqual(stored.filter((c) => String(c.volunteer_id) === v.id).map((c) => c.id));
      expect(v.certificates.every((c) => c.volunteerNumber === numbers.get(v.id))).toBe(true);
    }
    expect(volunteers[0].certificates.length).toBeGreaterThanOrEqual(2);
    // The volunteers (one) and their certificates (one), however many volunteers the list holds.
    expect(statements).toBe(2);
  });
});

describe('members of many teams', () => {
  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
  const currentMembers = async (team: string) =>
    (
      await h.sql<{ id: number }>(
        `SELECT volunteer_id AS id FROM volunteers.team_membership WHERE team_id = $1 AND left_on IS NULL ORDER BY volunteer_id`,
        [Number(team)],
      )
    ).map((r) => r.id);
  const ids = (page: Page) => page.edges.map((e) => Number(e.node.id));

  it('come in the same few statements for a whole list as for one team, each team its own current members by id', async () => {
    const teams = (
      await h.sql<{ id: number }>(
        `SELECT team_id AS id FROM volunteers.team_membership WHERE left_on IS NULL GROUP BY team_id HAVING count(*) > 3 ORDER BY team_id LIMIT 4`,
      )
    ).map((r) => String(r.id));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTeam { id members(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } } } }`;
    const members = async (list: string[]) => {
      const before = h.subgraphs.volunteers.database.queries.total;
      const res = await h.gql(q, { r: list.map((id) => ({ __typename: 'VolunteerTeam', id })) });
      expect(res.errors).toBeUndefined();
      return {
        statements: h.subgraphs.volunteers.database.queries.since(before),
        teams: res.data!._entities as { id: string; members: Page }[],
      };
    };

    const one = await members(teams.slice(0, 1));
    const all = await members(teams);
    expect(all.statements).toBe(one.statements);
    // The teams (one), the pages with their totals (one), the volunteers on them (one).
    expect(all.statements).toBe(3);
    for (const team of all.teams) {
      const stored = await currentMembers(team.id);
      expect(ids(team.members)).toEqual(stored.slice(0, 3));
      expect(team.members.edges.every((e) => e.node.name.length > 0)).toBe(true);
      expect(team.members.totalCount).toBe(stored.length);
      expect(team.members.pageInfo).toEqual({ hasNextPage: stored.length > 3, endCursor: team.members.edges.at(-1)!.cursor });
    }
  });

  it("continue after a page's end cursor, and leave out those who left", async () => {
    const [team] = await h.sql<{ id: number }>(
      `SELECT team_id AS id FROM volunteers.team_membership WHERE left_on IS NULL GROUP BY team_id HAVING count(*) > 4 ORDER BY team_id LIMIT 1`,
    );
    const q = `query($t: ID!, $after: String) { volunteerTeam(id: $t) { members(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } } }`;
    const [{ volunteer_id: leaving }] = await h.sql<{ volunteer_id: number }>(
      `SELECT volunteer_id FROM volunteers.team_membership WHERE team_id = $1 AND left_on IS NULL ORDER BY volunteer_id LIMIT 1`,
      [team.id],
    );
    const left = await h.gql(`mutation($v: ID!, $t: ID!) { leaveTeam(volunteerId: $v, teamId: $t) { id } }`, {
      v: String(leaving),
      t: String(team.id),
    });
    expect(left.errors).toBeUndefined();
    const stored = await currentMembers(String(team.id));
    expect(stored).not.toContain(leaving);
    const first: Page = (await h.gql(q, { t: String(team.id) })).data!.volunteerTeam.members;
    const second: Page = (await h.gql(q, { t: String(team.id), after: first.pageInfo.endCursor })).data!.volunteerTeam.members;
    expect([...ids(first), ...ids(second)]).toEqual(stored.slice(0, 4));
    expect(second.totalCount).toBe(stored.length);
    expect(second.pageInfo.hasNextPage).toBe(stored.length > 4);
  });
});

describe('hours by month', () => {
  it('gives each township its approved hours per month of a year, for all townships in one statement', async () => {
    const institutes = (
      await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE level = 'INSTITUTE' AND code LIKE '513426%' ORDER BY id`)
    ).map((r) => ({ __typename: 'OrgUnit', id: String(r.id) }));
    const before = h.subgraphs.volunteers.database.queries.total;
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id serviceHoursByMonth(year: 2021) { month hours recordCount volunteerCount } } } }`,
      { r: institutes },
    );
    expect(res.errors).toBeUndefined();
    expect(h.subgraphs.volunteers.database.queries.since(before)).toBe(1);
    const total = res
      .data!._entities.flatMap((e: { serviceHoursByMonth: { hours: number }[] }) => e.serviceHoursByMonth)
      .reduce((sum: number, m: { hours: number }) => sum + m.hours, 0);
    const [expected] = await h.sql<{ hours: string }>(
      `SELECT sum(r.hours) AS hours FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
       JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id JOIN ${UNIT_TREE} c ON c.code = '513426-ZX'
       WHERE r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00:00+08:00' AND r.started_at < '2022-01-01T00:00:00+08:00'
         AND home.path LIKE c.path || '%'`,
    );
    expect(Math.round(total * 100)).toBe(Math.round(Number(expected.hours) * 100));
    expect(res.data!._entities[0].serviceHoursByMonth[0].month).toMatch(/^2021-\d{2}$/);
  });

  it('counts a unit alone with SELF, its subtree by default', async () => {
    const [institute] = await h.sql<{ id: number }>(
      `SELECT i.id FROM ${UNIT_TREE} i JOIN ${UNIT_TREE} s ON s.parent_id = i.id JOIN volunteers.volunteer v ON v.home_unit_id = s.id
       WHERE i.level = 'INSTITUTE' GROUP BY i.id ORDER BY i.id LIMIT 1`,
    );
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { self: serviceHoursByMonth(year: 2021, scope: SELF) { hours } all: serviceHoursByMonth(year: 2021) { hours } } } }`;
    const res = await h.gql(q, { r: [{ __typename: 'OrgUnit', id: String(institute.id) }] });
    expect(res.errors).toBeUndefined();
    const sum = (months: { hours: number }[]) => Math.round(months.reduce((total, m) => total + m.hours, 0) * 100);
    const expected = async (subtree: boolean) => {
      const [row] = await h.sql<{ hours: string | null }>(
        `SELECT sum(r.hours) AS hours FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
         JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id JOIN ${UNIT_TREE} a ON a.id = $1
         WHERE r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00:00+08:00' AND r.started_at < '2022-01-01T00:00:00+08:00'
           AND (u.id = a.id OR ($2 AND u.path LIKE a.path || '%'))`,
        [institute.id, subtree],
      );
      return Math.round(Number(row.hours ?? 0) * 100);
    };
    const [entity] = res.data!._entities;
    expect(sum(entity.self)).toBe(await expected(false));
    expect(sum(entity.all)).toBe(await expected(true));
    expect(sum(entity.all)).toBeGreaterThan(sum(entity.self));
  });
});
