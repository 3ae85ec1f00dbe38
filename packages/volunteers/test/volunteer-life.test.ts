import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { lastAuditEntry, rollupOffTheRows } from './support/recount';

let h: SubgraphHarness;
let volunteer: { id: string; home: string; team: string };

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number; home: number; team: number }>(
    `SELECT v.id, v.home_unit_id AS home, m.team_id AS team FROM volunteers.volunteer v
     JOIN volunteers.team_membership m ON m.volunteer_id = v.id AND m.left_on IS NULL
     JOIN volunteers.volunteer_team t ON t.id = m.team_id AND t.leader_volunteer_id = v.id
     WHERE v.total_service_hours > 0 ORDER BY v.id LIMIT 1`,
  );
  volunteer = { id: String(row.id), home: String(row.home), team: String(row.team) };
}, 120000);
afterAll(() => h?.stop());

const UPDATE = `mutation($i: UpdateVolunteerInput!) { updateVolunteer(input: $i) { id version name phone skills kinds politicalStatus } }`;
const version = async (id: string) =>
  (await h.sql<{ version: number }>(`SELECT version FROM volunteers.volunteer WHERE id = $1`, [Number(id)]))[0].version;

describe('editing a volunteer (修改志愿者信息)', () => {
  it('changes phone, kinds, skills and political status on the version read; the audit keeps the changes, phones masked', async () => {
    const res = await h.gql(UPDATE, {
      i: {
        id: volunteer.id,
        expectedVersion: await version(volunteer.id),
        phone: '13912345678',
        kinds: ['FIVE_ELDERS', 'CHILD_DOCENT', 'FIVE_ELDERS'],
        skills: [' 医疗护理 ', '法律咨询'],
        politicalStatus: 'CPC_MEMBER',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateVolunteer).toMatchObject({
      version: 2,
      phone: '13912345678',
      kinds: ['FIVE_ELDERS', 'CHILD_DOCENT'],
      skills: ['医疗护理', '法律咨询'],
      politicalStatus: 'CPC_MEMBER',
    });
    const entry = await lastAuditEntry(h, 'updateVolunteer', volunteer.id);
    expect(entry.changes!.phone.to).toBe('139****5678');
    expect(entry.changes!.kinds).toEqual({ from: expect.any(Array), to: ['FIVE_ELDERS', 'CHILD_DOCENT'] });
  });

  it('lets the volunteer itself change its phone but not its kinds', async () => {
    const self = { subject: 'v', role: 'VOLUNTEER' as const, volunteerId: volunteer.id };
    const own = await h.gql(UPDATE, { i: { id: volunteer.id, expectedVersion: await version(volunteer.id), phone: '13800001111' } }, self);
    expect(own.errors).toBeUndefined();
    const kinds = await h.gql(UPDATE, { i: { id: volunteer.id, expectedVersion: await version(volunteer.id), kinds: ['OTHER'] } }, self);
    expect(kinds.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed phone with BAD_USER_INPUT naming the field, and an unknown volunteer with NOT_FOUND', async () => {
    const bad = await h.gql(UPDATE, { i: { id: volunteer.id, expectedVersion: 1, phone: '12345' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.phone' });
    const unknown = await h.gql(UPDATE, { i: { id: '99999999', expectedVersion: 1, phone: '13900000000' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('two concurrent edits on the same version: one succeeds, the other gets CONFLICT, nothing is lost or half-applied', async () => {
    const expectedVersion = await version(volunteer.id);
    const results = await Promise.all([
      h.gql(UPDATE, { i: { id: volunteer.id, expectedVersion, phone: '13711112222', skills: ['甲'] } }),
      h.gql(UPDATE, { i: { id: volunteer.id, expectedVersion, phone: '13733334444', skills: ['乙'] } }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: expectedVersion + 1 });
    const [row] = await h.sql<{ phone: string; skills: string[]; version: number }>(
      `SELECT phone, skills, version FROM volunteers.volunteer WHERE id = $1`,
      [Number(volunteer.id)],
    );
    const winner = won[0].data!.updateVolunteer;
    expect(row).toEqual({ phone: winner.phone, skills: winner.skills, version: expectedVersion + 1 });
    expect([row.phone, row.skills[0]]).toEqual(winner.phone === '13711112222' ? ['13711112222', '甲'] : ['13733334444', '乙']);
  });
});

describe('deregistering and reactivating (注销 / 恢复注册)', () => {
  const roster = `query($u: ID!, $all: Boolean) { volunteers(filter: { homeUnitId: $u, includeDeregistered: $all }, first: 0) { totalCount } }`;
  const stats = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { volunteerStats(scope: SELF) { volunteerCount serviceHours } topVolunteers(scope: SELF, first: 100) { volunteer { id } } } } }`;

  it('takes the volunteer off rosters, counts and rankings, ends its memberships and leadership, keeps its hours and history', async () => {
    const r = [{ __typename: 'OrgUnit', id: volunteer.home }];
    const [before, countBefore] = [await h.gql(stats, { r }), (await h.gql(roster, { u: volunteer.home })).data!.volunteers.totalCount];
    const res = await h.gql(
      `mutation($i: DeregisterVolunteerInput!) { deregisterVolunteer(input: $i) { version deregisteredAt deregistrationReason teams { id } } }`,
      { i: { id: volunteer.id, expectedVersion: await version(volunteer.id), reason: '迁居外地' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.deregisterVolunteer).toMatchObject({ deregistrationReason: '迁居外地', teams: [] });
    expect(res.data!.deregisterVolunteer.deregisteredAt).toMatch(/\+08:00$/);

    expect((await h.gql(roster, { u: volunteer.home })).data!.volunteers.totalCount).toBe(countBefore - 1);
    expect((await h.gql(roster, { u: volunteer.home, all: true })).data!.volunteers.totalCount).toBe(countBefore);
    const after = (await h.gql(stats, { r })).data!._entities[0];
    const was = before.data!._entities[0];
    expect(after.volunteerStats).toEqual({
      volunteerCount: was.volunteerStats.volunteerCount - 1,
      serviceHours: was.volunteerStats.serviceHours,
    });
    expect(after.topVolunteers.map((t: { volunteer: { id: string } }) => t.volunteer.id)).not.toContain(volunteer.id);
    const [team] = await h.sql<{ leader: number | null }>(
      `SELECT leader_volunteer_id AS leader FROM volunteers.volunteer_team WHERE id = $1`,
      [Number(volunteer.team)],
    );
    expect(team.leader).toBeNull();
    const [{ open }] = await h.sql<{ open: number }>(
      `SELECT count(*) FILTER (WHERE left_on IS NULL)::int AS open FROM volunteers.team_membership WHERE volunteer_id = $1`,
      [Number(volunteer.id)],
    );
    expect(open).toBe(0);
    expect(await lastAuditEntry(h, 'deregisterVolunteer', volunteer.id)).toMatchObject({ reason: '迁居外地' });
    expect(await rollupOffTheRows(h)).toEqual([]);
  });

  it('refuses joining a team while deregistered, and deregistering twice', async () => {
    const join = await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { id } }`, {
      v: volunteer.id,
      t: volunteer.team,
    });
    expect(join.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const twice = await h.gql(`mutation($i: DeregisterVolunteerInput!) { deregisterVolunteer(input: $i) { id } }`, {
      i: { id: volunteer.id, expectedVersion: await version(volunteer.id), reason: '再次' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reactivates: back on the roster and in the counts', async () => {
    const res = await h.gql(
      `mutation($i: ReactivateVolunteerInput!) { reactivateVolunteer(input: $i) { deregisteredAt deregistrationReason } }`,
      {
        i: { id: volunteer.id, expectedVersion: await version(volunteer.id) },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reactivateVolunteer).toEqual({ deregisteredAt: null, deregistrationReason: null });
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer WHERE home_unit_id = $1`, [
      Number(volunteer.home),
    ]);
    expect((await h.gql(roster, { u: volunteer.home })).data!.volunteers.totalCount).toBe(n);
    expect(await rollupOffTheRows(h)).toEqual([]);
  });
});
