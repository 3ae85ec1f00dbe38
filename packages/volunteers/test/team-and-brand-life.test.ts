import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { lastAuditEntry, rollupOffTheRows } from './support/recount';

let h: SubgraphHarness;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = '513426-ZX'`);
  centerId = String(center.id);
}, 120000);
afterAll(() => h?.stop());

const TEAM = `id version name dissolvedAt memberCount leader { id }`;
const teamVersion = async (id: string) =>
  (await h.sql<{ version: number }>(`SELECT version FROM volunteers.volunteer_team WHERE id = $1`, [Number(id)]))[0].version;

describe('a team’s life (服务队)', () => {
  let team: string;
  let members: number[];

  beforeAll(async () => {
    const created = await h.gql(
      `mutation($u: ID!) { createVolunteerTeam(input: { name: "测试服务队", level: COUNTY, theme: "法治", orgUnitId: $u }) { id } }`,
      {
        u: centerId,
      },
    );
    team = created.data!.createVolunteerTeam.id;
    members = (await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE deregistered_at IS NULL ORDER BY id LIMIT 2`)).map(
      (r) => r.id,
    );
    for (const v of members)
      await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { id } }`, { v: String(v), t: team });
  });

  it('renames on the version read; a stale version is a CONFLICT', async () => {
    const rename = `mutation($i: RenameVolunteerTeamInput!) { renameVolunteerTeam(input: $i) { ${TEAM} } }`;
    const res = await h.gql(rename, { i: { id: team, expectedVersion: 1, name: ' 会东县法治宣传志愿服务队 ' } });
    expect(res.data!.renameVolunteerTeam).toMatchObject({ name: '会东县法治宣传志愿服务队', version: 2 });
    const stale = await h.gql(rename, { i: { id: team, expectedVersion: 1, name: '别的名字' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await lastAuditEntry(h, 'renameVolunteerTeam', team)).toMatchObject({
      changes: { name: { from: '测试服务队', to: '会东县法治宣传志愿服务队' } },
    });
  });

  it('sets and changes the leader among the members; a non-member is refused', async () => {
    const set = `mutation($i: SetTeamLeaderInput!) { setTeamLeader(input: $i) { ${TEAM} } }`;
    const first = await h.gql(set, { i: { id: team, expectedVersion: await teamVersion(team), leaderVolunteerId: String(members[0]) } });
    expect(first.data!.setTeamLeader.leader).toEqual({ id: String(members[0]) });
    const change = await h.gql(set, { i: { id: team, expectedVersion: await teamVersion(team), leaderVolunteerId: String(members[1]) } });
    expect(change.data!.setTeamLeader.leader).toEqual({ id: String(members[1]) });
    const [outsider] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer ORDER BY id DESC LIMIT 1`);
    const refused = await h.gql(set, { i: { id: team, expectedVersion: await teamVersion(team), leaderVolunteerId: String(outsider.id) } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.leaderVolunteerId' });
  });

  it('dissolves: kept with its history, memberships end, out of lists and team counts, takes no members', async () => {
    const count = async () =>
      (
        await h.gql(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { volunteerStats(scope: SELF) { teamCount } } } }`,
          {
            r: [{ __typename: 'OrgUnit', id: centerId }],
          },
        )
      ).data!._entities[0].volunteerStats.teamCount;
    const before = await count();
    const res = await h.gql(
      `mutation($i: DissolveVolunteerTeamInput!) { dissolveVolunteerTeam(input: $i) { ${TEAM} dissolutionReason } }`,
      {
        i: { id: team, expectedVersion: await teamVersion(team), reason: '任务完成' },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dissolveVolunteerTeam).toMatchObject({ memberCount: 0, dissolutionReason: '任务完成' });
    expect(res.data!.dissolveVolunteerTeam.dissolvedAt).toMatch(/\+08:00$/);
    expect(await count()).toBe(before - 1);
    const search = `query($all: Boolean) { volunteerTeams(filter: { search: "法治宣传", includeDissolved: $all }) { edges { node { id } } } }`;
    expect((await h.gql(search)).data!.volunteerTeams.edges).toEqual([]);
    expect((await h.gql(search, { all: true })).data!.volunteerTeams.edges).toEqual([{ node: { id: team } }]);
    const join = await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { id } }`, {
      v: String(members[0]),
      t: team,
    });
    expect(join.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ kept }] = await h.sql<{ kept: number }>(`SELECT count(*)::int AS kept FROM volunteers.team_membership WHERE team_id = $1`, [
      Number(team),
    ]);
    expect(kept).toBe(2);
    expect(await rollupOffTheRows(h)).toEqual([]);
  });
});

describe('brand projects (精品项目)', () => {
  it('creates, updates on the version read, and retires; names stay unique', async () => {
    const created = await h.gql(
      `mutation($u: ID!) { createBrandProject(input: { name: "红马甲在行动", description: "文明劝导", orgUnitId: $u }) { id version name retiredAt } }`,
      { u: centerId },
    );
    expect(created.errors).toBeUndefined();
    const project = created.data!.createBrandProject;
    expect(project).toMatchObject({ version: 1, retiredAt: null });
    const duplicate = await h.gql(`mutation($u: ID!) { createBrandProject(input: { name: "红马甲在行动", orgUnitId: $u }) { id } }`, {
      u: centerId,
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const update = `mutation($i: UpdateBrandProjectInput!) { updateBrandProject(input: $i) { version name description } }`;
    const updated = await h.gql(update, { i: { id: project.id, expectedVersion: 1, name: '红马甲志愿行', description: '' } });
    expect(updated.data!.updateBrandProject).toEqual({ version: 2, name: '红马甲志愿行', description: null });
    expect((await h.gql(update, { i: { id: project.id, expectedVersion: 1, name: 'x' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const found = await h.gql(`{ brandProjects(search: "hmjzyx") { id } }`);
    expect(found.data!.brandProjects).toEqual([{ id: project.id }]);
    const retired = await h.gql(`mutation($i: RetireBrandProjectInput!) { retireBrandProject(input: $i) { retiredAt } }`, {
      i: { id: project.id, expectedVersion: 2 },
    });
    expect(retired.data!.retireBrandProject.retiredAt).toMatch(/\+08:00$/);
    expect((await h.gql(`{ brandProjects(search: "红马甲") { id } }`)).data!.brandProjects).toEqual([]);
    expect((await h.gql(`{ brandProjects(search: "红马甲", includeRetired: true) { id } }`)).data!.brandProjects).toEqual([
      { id: project.id },
    ]);
    expect(await lastAuditEntry(h, 'retireBrandProject', project.id)).toBeDefined();
  });

  it('refuses a caller outside the unit’s subtree', async () => {
    const [institute] = await h.sql<{ code: string }>(`SELECT code FROM org.org_unit WHERE level = 'INSTITUTE' ORDER BY id LIMIT 1`);
    const res = await h.gql(
      `mutation($u: ID!) { createBrandProject(input: { name: "越权项目", orgUnitId: $u }) { id } }`,
      { u: centerId },
      {
        subject: 'op',
        role: 'OPERATOR',
        orgUnitCode: institute.code,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
