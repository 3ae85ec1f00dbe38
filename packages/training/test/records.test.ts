import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { UNIT_TREE } from '@civic/org-tree';
import { ADMIN, ANONYMOUS, callAs, scoped, volunteer } from './support/callers';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '../src/subgraph';

/** Agenda, capacity, attendance, completion and feedback writes, on a database of their own. */
let fixture: SubgraphHarness;
let huidong: string;
let qionglaiStation: string;

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: await createScratchDatabase() });
  const units = await fixture.sql<{ code: string; id: number }>(`SELECT code, id FROM ${UNIT_TREE} WHERE code = ANY($1)`, [
    ['513426-ZX', '510183001001-SJZ'],
  ]);
  const id = (code: string) => String(units.find((u) => u.code === code)!.id);
  [huidong, qionglaiStation] = [id('513426-ZX'), id('510183001001-SJZ')];
}, 120000);
afterAll(() => fixture?.stop());

const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  callAs(fixture.subgraphs.training.url, identity, query, variables);
const HUIDONG_ADMIN = scoped('ORG_ADMIN', '513426-ZX');
const HUIDONG_OPERATOR = scoped('OPERATOR', '513426-ZX');
const QIONGLAI_ADMIN = scoped('ORG_ADMIN', '510183-ZX');

/** A calendar day relative to today in China Standard Time. */
const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
const rows = async (table: string) => (await fixture.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

const CREATE = `mutation($i: CreateTrainingProgramInput!) { createTrainingProgram(input: $i) { id audience place capacity status } }`;
const ADD = `mutation($i: AddTrainingSessionInput!) { addTrainingSession(input: $i) { id kind startsAt visitedUnit { id } method program { id } } }`;
const ENROLL = `mutation($i: EnrollInput!) { enroll(input: $i) { id participantName participantPosition participantUnitName attended completed } }`;
const SESSION_ATTENDANCE = `mutation($i: SetSessionAttendanceInput!) { setSessionAttendance(input: $i) { id attendeeCount } }`;
const MARK = `mutation($e: ID!, $a: Boolean!) { markAttendance(enrollmentId: $e, attended: $a) { id attended } }`;
const COMPLETE = `mutation($i: CompleteEnrollmentInput!) { completeEnrollment(input: $i) { id completed completedOn certificateNumber } }`;
const FEEDBACK = `mutation($i: GiveSessionFeedbackInput!) { giveSessionFeedback(input: $i) { id rating comment session { id feedbackSummary { count averageRating } } } }`;

async function program(input: Record<string, unknown>): Promise<string> {
  const res = await call(ADMIN, CREATE, { i: { title: '志愿服务骨干培训', organizerId: huidong, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.createTrainingProgram.id;
}

async function ok(identity: Identity, query: string, variables: Record<string, unknown>) {
  const res = await call(identity, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function refused(identity: Identity, query: string, variables: Record<string, unknown>, table: string) {
  const before = await rows(table);
  const res = await call(identity, query, variables);
  const after = await rows(table);
  return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message ?? '', added: after - before };
}

describe('creating a program (新建培训项目)', () => {
  it('stores audience, place and capacity; an upcoming program is UPCOMING', async () => {
    const data = await ok(ADMIN, CREATE, {
      i: {
        title: '2030年志愿服务专业培训',
        organizerId: huidong,
        startsOn: '2030-03-01',
        endsOn: '2030-03-02',
        audience: 'VOLUNTEERS',
        place: '会东县新时代文明实践中心',
        capacity: 40,
      },
    });
    expect(data.createTrainingProgram).toMatchObject({
      audience: 'VOLUNTEERS',
      place: '会东县新时代文明实践中心',
      capacity: 40,
      status: 'UPCOMING',
    });
  });

  it('refuses a capacity below 1 with BAD_USER_INPUT', async () => {
    const res = await refused(
      ADMIN,
      CREATE,
      { i: { title: 'x', organizerId: huidong, startsOn: '2030-03-01', endsOn: '2030-03-01', capacity: 0 } },
      'training.training_program',
    );
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('capacity'), added: 0 });
  });
});

describe('the agenda (培训日程)', () => {
  let id: string;
  beforeAll(async () => {
    id = await program({ startsOn: '2030-04-01', endsOn: '2030-04-03' });
  });

  it("takes sessions on the program's days, China Standard Time, the last one up to midnight there", async () => {
    const opening = await ok(HUIDONG_ADMIN, ADD, {
      i: {
        programId: id,
        kind: 'OPENING',
        title: '开班仪式',
        startsAt: '2030-04-01T00:30:00+08:00',
        endsAt: '2030-04-01T01:00:00+08:00',
        speaker: '张三',
        speakerPosition: '县文明办主任',
      },
    });
    expect(opening.addTrainingSession).toMatchObject({
      kind: 'OPENING',
      startsAt: '2030-04-01T00:30:00+08:00',
      visitedUnit: null,
      program: { id },
    });
    const late = await ok(HUIDONG_ADMIN, ADD, {
      i: { programId: id, kind: 'DISCUSSION', title: '夜谈', startsAt: '2030-04-03T22:00:00+08:00', endsAt: '2030-04-03T23:59:00+08:00' },
    });
    expect(late.addTrainingSession.kind).toBe('DISCUSSION');
  });

  it('takes a site visit to a unit in another county, noting how it was run', async () => {
    const data = await ok(HUIDONG_ADMIN, ADD, {
      i: {
        programId: id,
        kind: 'SITE_VISIT',
        title: '现场观摩',
        startsAt: '2030-04-02T09:00:00+08:00',
        endsAt: '2030-04-02T10:00:00+08:00',
        visitedUnitId: qionglaiStation,
        method: '一听二看三交流',
      },
    });
    expect(data.addTrainingSession).toMatchObject({ visitedUnit: { id: qionglaiStation }, method: '一听二看三交流' });
  });

  it.each([
    [
      'a session before the first day',
      { startsAt: '2030-03-31T23:00:00+08:00', endsAt: '2030-04-01T09:00:00+08:00' },
      "within the program's dates",
    ],
    [
      'a session after the last day (00:30 in China is still the previous day in UTC)',
      { startsAt: '2030-04-03T23:00:00+08:00', endsAt: '2030-04-04T00:30:00+08:00' },
      "within the program's dates",
    ],
    [
      'an end before the start',
      { startsAt: '2030-04-02T10:00:00+08:00', endsAt: '2030-04-02T09:00:00+08:00' },
      'endsAt must be after startsAt',
    ],
    ['a site visit without the unit visited', { kind: 'SITE_VISIT' }, 'visitedUnitId is required'],
    ['a lecture naming a visited unit', { visitedUnitId: '1' }, 'only for a SITE_VISIT'],
    ['a date-time without an offset', { startsAt: '2030-04-02T09:00:00' }, 'offset'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, change, message) => {
    const input = {
      programId: id,
      kind: 'LECTURE',
      title: '讲座',
      startsAt: '2030-04-02T14:00:00+08:00',
      endsAt: '2030-04-02T16:00:00+08:00',
      ...change,
    };
    await expect(refused(HUIDONG_ADMIN, ADD, { i: input }, 'training.training_session')).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(message),
      added: 0,
    });
  });

  it.each([
    ['a caller without a token', ANONYMOUS, 'UNAUTHENTICATED'],
    ['an OPERATOR (no training:write)', HUIDONG_OPERATOR, 'FORBIDDEN'],
    ['an ORG_ADMIN of another county', QIONGLAI_ADMIN, 'FORBIDDEN'],
    ['a VOLUNTEER', volunteer(5), 'FORBIDDEN'],
  ])('refuses %s and writes nothing', async (_label, identity, code) => {
    const input = {
      programId: id,
      kind: 'LECTURE',
      title: '讲座',
      startsAt: '2030-04-02T14:00:00+08:00',
      endsAt: '2030-04-02T16:00:00+08:00',
    };
    await expect(refused(identity, ADD, { i: input }, 'training.training_session')).resolves.toMatchObject({ code, added: 0 });
  });

  it('refuses an unknown visited unit or program with NOT_FOUND', async () => {
    const visit = {
      programId: id,
      kind: 'SITE_VISIT',
      title: '观摩',
      startsAt: '2030-04-02T14:00:00+08:00',
      endsAt: '2030-04-02T16:00:00+08:00',
      visitedUnitId: '999999',
    };
    await expect(refused(ADMIN, ADD, { i: visit }, 'training.training_session')).resolves.toMatchObject({ code: 'NOT_FOUND', added: 0 });
    await expect(refused(ADMIN, ADD, { i: { ...visit, programId: '999999' } }, 'training.training_session')).resolves.toMatchObject({
      code: 'NOT_FOUND',
      added: 0,
    });
  });
});

describe('enrollment rules (报名)', () => {
  it('holds capacity under concurrent enrollment: of 8 at once for 3 places, 3 get in and 5 get CONFLICT', async () => {
    const id = await program({ startsOn: '2030-05-01', endsOn: '2030-05-02', capacity: 3 });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(HUIDONG_OPERATOR, ENROLL, { i: { programId: id, participantName: `学员${i}`, participantUnitId: huidong } }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK', 'OK', 'OK']);
    expect(results.find((r) => r.errors)?.errors?.[0]?.message).toMatch(/is full: all 3 places are taken/);
    await expect(fixture.sql(`SELECT count(*)::int AS n FROM training.enrollment WHERE program_id = $1`, [Number(id)])).resolves.toEqual([
      { n: 3 },
    ]);
  });

  it('refuses the same person twice with CONFLICT: the same name from the same unit, or the same unit named in text', async () => {
    const id = await program({ startsOn: '2030-05-01', endsOn: '2030-05-02' });
    const person = { programId: id, participantName: '李华', participantUnitName: '县卫生健康局', participantPosition: '科员' };
    const first = await ok(HUIDONG_OPERATOR, ENROLL, { i: person });
    expect(first.enroll).toMatchObject({
      participantName: '李华',
      participantUnitName: '县卫生健康局',
      participantPosition: '科员',
      attended: false,
      completed: false,
    });
    await expect(
      refused(HUIDONG_OPERATOR, ENROLL, { i: { ...person, participantPosition: '副科长' } }, 'training.enrollment'),
    ).resolves.toMatchObject({ code: 'CONFLICT', added: 0 });
    await ok(HUIDONG_OPERATOR, ENROLL, { i: { ...person, participantUnitName: '县教育体育局' } });
    await ok(HUIDONG_OPERATOR, ENROLL, { i: { programId: id, participantName: '李华', participantUnitId: huidong } });
    await expect(
      refused(
        HUIDONG_OPERATOR,
        ENROLL,
        { i: { programId: id, participantName: ' 李华 ', participantUnitId: huidong } },
        'training.enrollment',
      ),
    ).resolves.toMatchObject({ code: 'CONFLICT', added: 0 });
  });
});

describe('attendance, completion and feedback (考勤、结业、评价)', () => {
  let id: string;
  let session: string;
  let laterSession: string;
  let mine: string;
  let other: string;
  const ME = volunteer(321);

  beforeAll(async () => {
    id = await program({ startsOn: day(-1), endsOn: day(1) });
    session = (
      await ok(ADMIN, ADD, {
        i: { programId: id, kind: 'LECTURE', title: '讲座', startsAt: `${day(-1)}T09:00:00+08:00`, endsAt: `${day(-1)}T11:00:00+08:00` },
      })
    ).addTrainingSession.id;
    laterSession = (
      await ok(ADMIN, ADD, {
        i: { programId: id, kind: 'CLOSING', title: '结业仪式', startsAt: `${day(1)}T16:00:00+08:00`, endsAt: `${day(1)}T17:00:00+08:00` },
      })
    ).addTrainingSession.id;
    mine = (await ok(ME, ENROLL, { i: { programId: id, participantName: '志愿者本人', volunteerId: '321' } })).enroll.id;
    other = (await ok(HUIDONG_OPERATOR, ENROLL, { i: { programId: id, participantName: '王五', participantUnitId: huidong } })).enroll.id;
  });

  it('records who was present at a session: staff with training:write only', async () => {
    const input = { sessionId: session, enrollmentIds: [mine], present: true };
    for (const [identity, code] of [
      [ANONYMOUS, 'UNAUTHENTICATED'],
      [HUIDONG_OPERATOR, 'FORBIDDEN'],
      [QIONGLAI_ADMIN, 'FORBIDDEN'],
      [ME, 'FORBIDDEN'],
    ] as const) {
      await expect(refused(identity, SESSION_ATTENDANCE, { i: input }, 'training.session_attendance')).resolves.toMatchObject({
        code,
        added: 0,
      });
    }
    const data = await ok(HUIDONG_ADMIN, SESSION_ATTENDANCE, { i: input });
    expect(data.setSessionAttendance.attendeeCount).toBe(1);
    const again = await ok(HUIDONG_ADMIN, SESSION_ATTENDANCE, { i: input });
    expect(again.setSessionAttendance.attendeeCount).toBe(1);
    const [row] = await fixture.sql<{ attended: boolean }>(`SELECT attended FROM training.enrollment WHERE id = $1`, [Number(mine)]);
    expect(row.attended).toBe(true);
  });

  it('refuses attendance at a session that has not started, or for someone not enrolled in the program', async () => {
    await expect(
      refused(
        ADMIN,
        SESSION_ATTENDANCE,
        { i: { sessionId: laterSession, enrollmentIds: [mine], present: true } },
        'training.session_attendance',
      ),
    ).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('attendance is recorded from then'),
      added: 0,
    });
    const [stranger] = await fixture.sql<{ id: number }>(`SELECT id FROM training.enrollment WHERE program_id <> $1 ORDER BY id LIMIT 1`, [
      Number(id),
    ]);
    await expect(
      refused(
        ADMIN,
        SESSION_ATTENDANCE,
        { i: { sessionId: session, enrollmentIds: [String(stranger.id)], present: true } },
        'training.session_attendance',
      ),
    ).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('are not enrollments of training program'),
      added: 0,
    });
  });

  it('lets a VOLUNTEER rate a session it attended, once; not one it missed', async () => {
    const data = await ok(ME, FEEDBACK, { i: { sessionId: session, rating: 5, comment: '很实用' } });
    expect(data.giveSessionFeedback).toMatchObject({
      rating: 5,
      comment: '很实用',
      session: { id: session, feedbackSummary: { count: 1, averageRating: 5 } },
    });
    await expect(refused(ME, FEEDBACK, { i: { sessionId: session, rating: 4 } }, 'training.session_feedback')).resolves.toMatchObject({
      code: 'CONFLICT',
      added: 0,
    });
    await expect(refused(ME, FEEDBACK, { i: { sessionId: laterSession, rating: 4 } }, 'training.session_feedback')).resolves.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('only sessions it attended'),
      added: 0,
    });
    await expect(
      refused(volunteer(999), FEEDBACK, { i: { sessionId: session, rating: 4 } }, 'training.session_feedback'),
    ).resolves.toMatchObject({ code: 'FORBIDDEN', added: 0 });
    await expect(
      refused(ME, FEEDBACK, { i: { sessionId: session, rating: 4, enrollmentId: other } }, 'training.session_feedback'),
    ).resolves.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('only its own'), added: 0 });
  });

  it("lets the organiser's staff record an attendee's rating, and refuses everyone else", async () => {
    for (const [identity, variables, code] of [
      [ANONYMOUS, { sessionId: session, rating: 4, enrollmentId: other }, 'UNAUTHENTICATED'],
      [HUIDONG_OPERATOR, { sessionId: session, rating: 4, enrollmentId: other }, 'FORBIDDEN'],
      [HUIDONG_ADMIN, { sessionId: session, rating: 4, enrollmentId: other }, 'BAD_USER_INPUT'],
      [HUIDONG_ADMIN, { sessionId: session, rating: 4 }, 'BAD_USER_INPUT'],
      [HUIDONG_ADMIN, { sessionId: session, rating: 6, enrollmentId: mine }, 'BAD_USER_INPUT'],
    ] as const) {
      await expect(refused(identity, FEEDBACK, { i: variables }, 'training.session_feedback')).resolves.toMatchObject({ code, added: 0 });
    }
    await ok(HUIDONG_ADMIN, SESSION_ATTENDANCE, { i: { sessionId: session, enrollmentIds: [other], present: true } });
    const data = await ok(HUIDONG_ADMIN, FEEDBACK, { i: { sessionId: session, rating: 4, enrollmentId: other } });
    expect(data.giveSessionFeedback.session.feedbackSummary).toEqual({ count: 2, averageRating: 4.5 });
  });

  it('keeps attendance that feedback rests on, and an attended flag that sessions rest on', async () => {
    await expect(
      refused(
        ADMIN,
        SESSION_ATTENDANCE,
        { i: { sessionId: session, enrollmentIds: [mine], present: false } },
        'training.session_attendance',
      ),
    ).resolves.toMatchObject({ code: 'CONFLICT' });
    await expect(
      fixture.sql(`SELECT count(*)::int AS n FROM training.session_attendance WHERE session_id = $1`, [Number(session)]),
    ).resolves.toEqual([{ n: 2 }]);
    const mark = await call(ADMIN, MARK, { e: mine, a: false });
    expect(mark.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('present at 1 sessions') });
  });

  it("marks attendance of the program (markAttendance): organiser's staff only, not before the first day", async () => {
    const third = (await ok(HUIDONG_OPERATOR, ENROLL, { i: { programId: id, participantName: '赵六', participantUnitId: huidong } })).enroll
      .id;
    expect((await call(HUIDONG_OPERATOR, MARK, { e: third, a: true })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(ANONYMOUS, MARK, { e: third, a: true })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(ADMIN, MARK, { e: '999999', a: true })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok(HUIDONG_ADMIN, MARK, { e: third, a: true })).markAttendance).toEqual({ id: third, attended: true });
    expect((await ok(HUIDONG_ADMIN, MARK, { e: third, a: false })).markAttendance).toEqual({ id: third, attended: false });
    const future = await program({ startsOn: '2030-06-01', endsOn: '2030-06-02' });
    const early = (await ok(ADMIN, ENROLL, { i: { programId: future, participantName: '钱七' } })).enroll.id;
    expect((await call(ADMIN, MARK, { e: early, a: true })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('starts on 2030-06-01'),
    });
  });

  it('completes an attendee once, with a unique certificate number; not someone who did not attend', async () => {
    const absent = (await ok(HUIDONG_OPERATOR, ENROLL, { i: { programId: id, participantName: '孙八', participantUnitId: huidong } }))
      .enroll.id;
    expect((await call(ADMIN, COMPLETE, { i: { enrollmentId: absent } })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('has not attended'),
    });
    expect((await call(HUIDONG_OPERATOR, COMPLETE, { i: { enrollmentId: mine } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(ADMIN, COMPLETE, { i: { enrollmentId: mine, completedOn: day(3) } })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const done = await ok(HUIDONG_ADMIN, COMPLETE, { i: { enrollmentId: mine, certificateNumber: 'HD-TEST-001' } });
    expect(done.completeEnrollment).toEqual({ id: mine, completed: true, completedOn: day(0), certificateNumber: 'HD-TEST-001' });
    expect(
      (await call(ADMIN, COMPLETE, { i: { enrollmentId: mine, certificateNumber: 'HD-TEST-002' } })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await call(ADMIN, COMPLETE, { i: { enrollmentId: other, certificateNumber: 'HD-TEST-001' } })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    await expect(
      fixture.sql(`SELECT completed_on, certificate_number FROM training.enrollment WHERE id = $1`, [Number(other)]),
    ).resolves.toEqual([{ completed_on: null, certificate_number: null }]);
    expect((await call(ADMIN, MARK, { e: mine, a: false })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows the volunteer its record: attended sessions, completion and certificate', async () => {
    const res = await call(
      ME,
      `{ _entities(representations: [{ __typename: "Volunteer", id: "321" }]) { ... on Volunteer { enrollments { program { id } attended completed certificateNumber attendedSessions { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].enrollments).toEqual([
      { program: { id }, attended: true, completed: true, certificateNumber: 'HD-TEST-001', attendedSessions: [{ id: session }] },
    ]);
  });

  it('writes an audit entry for every successful write of this suite', async () => {
    const entries = await fixture.sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit.entry WHERE service = 'training' GROUP BY action ORDER BY action`,
    );
    const actions = Object.fromEntries(entries.map((e) => [e.action, e.n]));
    expect(actions).toMatchObject({ giveSessionFeedback: 2, completeEnrollment: 1, setSessionAttendance: 3, markAttendance: 2 });
    expect(actions.addTrainingSession).toBeGreaterThanOrEqual(5);
  });
});
