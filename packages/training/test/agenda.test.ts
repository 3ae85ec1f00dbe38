import { testDatabaseUrl, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { UNIT_TREE } from '@civic/org-tree';
import { ADMIN, ANALYST, ANONYMOUS, callAs, volunteer } from './support/callers';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '../src/subgraph';

let fixture: SubgraphHarness;
let qionglai: string;
const unitId = async (code: string) =>
  String((await fixture.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = $1`, [code]))[0].id);

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: testDatabaseUrl() });
  const [row] = await fixture.sql<{ id: number }>(
    `SELECT id FROM training.training_program WHERE title = '邛崃市2021年新时代文明实践专题学习提升培训'`,
  );
  qionglai = String(row.id);
});
afterAll(() => fixture?.stop());

const call = (identity: Parameters<typeof callAs>[1], query: string, variables: Record<string, unknown> = {}) =>
  callAs(fixture.subgraphs.training.url, identity, query, variables);

const PROGRAM = `query ($id: ID!) { trainingProgram(id: $id) {
  audience place capacity status participantCount
  sessions { kind title startsAt endsAt speaker speakerPosition method visitedUnit { id } attendeeCount feedbackSummary { count averageRating } }
  enrollments(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { participantName participantPosition participantUnitName participantUnit { id } attended completed completedOn certificateNumber } } }
} }`;

describe("a program's agenda (培训日程)", () => {
  it('lists the Qionglai sessions in time order with their site visits, attendance and ratings, in a fixed number of statements', async () => {
    const before = fixture.subgraphs.training.database.queries.total;
    const res = await call(ANALYST, PROGRAM, { id: qionglai });
    const statements = fixture.subgraphs.training.database.queries.since(before);
    expect(res.errors).toBeUndefined();
    const program = res.data!.trainingProgram;
    expect(program).toMatchObject({ audience: 'MIXED', capacity: 70, status: 'FINISHED', participantCount: 64 });
    expect(program.sessions).toHaveLength(11);
    expect(program.sessions[0]).toMatchObject({
      kind: 'OPENING',
      speaker: '周洪彬',
      speakerPosition: '市委常委、宣传部部长',
      startsAt: '2021-07-14T09:00:00+08:00',
      visitedUnit: null,
    });
    const visits = program.sessions.filter((s: { kind: string }) => s.kind === 'SITE_VISIT');
    const codes = ['510115-ZX', '510115003000-SJS', '510115003001-SJZ', '510118001001-SJZ', '510118001002-SJZ', '510183001001-SJZ'];
    expect(visits.map((s: { visitedUnit: { id: string } }) => s.visitedUnit.id)).toEqual(await Promise.all(codes.map(unitId)));
    expect(visits.map((s: { attendeeCount: number }) => s.attendeeCount)).toEqual([64, 64, 64, 64, 64, 62]);
    expect(visits[0].feedbackSummary.count).toBeGreaterThan(15);
    expect(visits[0].feedbackSummary.averageRating).toBeGreaterThanOrEqual(4);
    expect(program.enrollments.totalCount).toBe(64);
    expect(program.enrollments.edges).toHaveLength(64);
    expect(program.enrollments.edges[0].node).toMatchObject({
      participantUnitName: '市委社工委',
      attended: true,
      completed: true,
      completedOn: '2021-07-16',
      certificateNumber: 'QL-WMSJ-2021-001',
    });
    // program, participantCount, sessions, attendee counts, feedback summaries, enrollment page and its count.
    expect(statements).toBe(7);
  });

  it.each([
    ['a caller without a token', ANONYMOUS],
    ['a VOLUNTEER', volunteer(1)],
  ])('gives %s the count of participants but no names, and leaves the rest of the program intact', async (_label, identity) => {
    const res = await call(identity, PROGRAM, { id: qionglai });
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingProgram.sessions).toHaveLength(11);
    expect(res.data!.trainingProgram.enrollments).toEqual({ totalCount: 64, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect(JSON.stringify(res.data)).not.toMatch(/participantName/);
  });

  it('hides feedback comments from callers without a token, but not the summary', async () => {
    const query = `query ($id: ID!) { trainingProgram(id: $id) { sessions { feedbackSummary { count } feedback(first: 100) { totalCount edges { node { rating comment } } } } } }`;
    const anonymous = await call(ANONYMOUS, query, { id: qionglai });
    const staff = await call(ANALYST, query, { id: qionglai });
    const [a, s] = [anonymous.data!.trainingProgram.sessions[4], staff.data!.trainingProgram.sessions[4]];
    expect(a.feedback).toEqual({ totalCount: a.feedbackSummary.count, edges: [] });
    expect(s.feedback.totalCount).toBe(a.feedbackSummary.count);
    expect(s.feedback.edges).toHaveLength(a.feedbackSummary.count);
  });

  it('finds one session by id, with its program; null for an unknown id', async () => {
    const [row] = await fixture.sql<{ id: number }>(
      `SELECT id FROM training.training_session WHERE program_id = $1 AND kind = 'DISCUSSION'`,
      [Number(qionglai)],
    );
    const res = await call(
      ANONYMOUS,
      `query ($id: ID!) { trainingSession(id: $id) { title program { id } } none: trainingSession(id: "999999") { id } }`,
      { id: String(row.id) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      trainingSession: { title: '分组讨论：成都特色新时代文明实践中心(所、站)建设', program: { id: qionglai } },
      none: null,
    });
  });
});

describe('OrgUnit training fields', () => {
  const UNIT = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id
    hostedSiteVisits { title program { title } }
    self: trainingStats(scope: SELF) { programCount participantCount attendedCount completedCount }
    y2021: trainingStats(year: 2021, audience: VOLUNTEERS) { programCount participantCount }
    y2022: trainingStats(year: 2022) { programCount }
  } } }`;

  it("lists the site visits a unit hosted, from another county's program", async () => {
    const wenjiang = await unitId('510115-ZX');
    const res = await call(ANONYMOUS, UNIT, { r: [{ __typename: 'OrgUnit', id: wenjiang }] });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].hostedSiteVisits).toEqual([
      { title: '现场观摩：温江区新时代文明实践中心', program: { title: '邛崃市2021年新时代文明实践专题学习提升培训' } },
    ]);
  });

  it('counts programs per subtree, year and audience for many units in one statement each', async () => {
    const [huidong, chengdu, qionglaiCenter, station] = await Promise.all(
      ['513426-ZX', '510100-ZX', '510183-ZX', '510183001001-SJZ'].map(unitId),
    );
    const [expected] = await fixture.sql<{ attended: number; completed: number }>(
      `SELECT count(*) FILTER (WHERE attended)::int AS attended, count(completed_on)::int AS completed FROM training.enrollment e
       JOIN training.training_program p ON p.id = e.program_id WHERE p.title LIKE '2021年会东县%'`,
    );
    const before = fixture.subgraphs.training.database.queries.total;
    const res = await call(ANONYMOUS, UNIT, {
      r: [huidong, chengdu, qionglaiCenter, station, '999999'].map((id) => ({ __typename: 'OrgUnit', id })),
    });
    const statements = fixture.subgraphs.training.database.queries.since(before);
    expect(res.errors).toBeUndefined();
    const [h, c, q, s, unknown] = res.data!._entities;
    expect(h.self).toEqual({
      programCount: 4,
      participantCount: 220,
      attendedCount: expected.attended,
      completedCount: expected.completed,
    });
    expect(h.y2021).toEqual({ programCount: 4, participantCount: 220 });
    expect(c.self.programCount).toBe(0);
    expect(c.y2021).toEqual({ programCount: 0, participantCount: 0 });
    expect(c.y2022.programCount).toBe(0);
    expect(q.self).toEqual({ programCount: 1, participantCount: 64, attendedCount: 64, completedCount: 64 });
    expect(s.hostedSiteVisits).toHaveLength(1);
    expect(unknown.self.programCount).toBe(0);
    // site visits, their programs, and one statement for all the trainingStats keys of all five units.
    expect(statements).toBe(3);
  });

  it("counts a subtree: Chengdu's city center holds the Qionglai program below it", async () => {
    const chengdu = await unitId('510100-ZX');
    const res = await call(
      ANONYMOUS,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { trainingStats(year: 2021) { programCount participantCount } } } }`,
      {
        r: [{ __typename: 'OrgUnit', id: chengdu }],
      },
    );
    expect(res.data!._entities[0].trainingStats).toEqual({ programCount: 1, participantCount: 64 });
  });

  it('rejects a year out of range with BAD_USER_INPUT', async () => {
    const res = await call(
      ANONYMOUS,
      `{ _entities(representations: [{ __typename: "OrgUnit", id: "1" }]) { ... on OrgUnit { trainingStats(year: 1900) { programCount } } } }`,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('year') });
  });
});

describe('Volunteer.enrollments (培训记录)', () => {
  const RECORD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id enrollments { program { title } attended completed certificateNumber attendedSessions { kind } } } } }`;

  it('gives the volunteer its training record, and staff too, in one statement for many volunteers', async () => {
    const [v] = await fixture.sql<{ volunteer_id: number; n: number }>(
      `SELECT volunteer_id, count(*)::int AS n FROM training.enrollment WHERE volunteer_id IS NOT NULL AND completed_on IS NOT NULL GROUP BY volunteer_id ORDER BY n DESC, volunteer_id LIMIT 1`,
    );
    const own = await call(volunteer(v.volunteer_id), RECORD, { r: [{ __typename: 'Volunteer', id: String(v.volunteer_id) }] });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0].enrollments).toHaveLength(v.n);
    expect(own.data!._entities[0].enrollments[0]).toMatchObject({
      completed: true,
      certificateNumber: expect.stringMatching(/^HD-ZYPX-2021-/),
    });
    expect(own.data!._entities[0].enrollments[0].attendedSessions.length).toBeGreaterThanOrEqual(3);

    const before = fixture.subgraphs.training.database.queries.total;
    const staff = await call(
      ADMIN,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id enrollments { id } } } }`,
      {
        r: [String(v.volunteer_id), '2', '3', '89999'].map((id) => ({ __typename: 'Volunteer', id })),
      },
    );
    expect(staff.errors).toBeUndefined();
    expect(fixture.subgraphs.training.database.queries.since(before)).toBe(1);
    expect(staff.data!._entities[0].enrollments).toHaveLength(v.n);
  });

  it.each([
    ['a caller without a token', ANONYMOUS, 'UNAUTHENTICATED'],
    ['another volunteer', volunteer(2), 'FORBIDDEN'],
  ])('refuses %s', async (_label, identity, code) => {
    const res = await call(identity, RECORD, { r: [{ __typename: 'Volunteer', id: '1' }] });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });
});
