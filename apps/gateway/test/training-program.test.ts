import { UNIT_TREE } from '@civic/org-tree';
import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { TrainingProgramViewDocument } from './generated/graphql';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Training through the gateway: the contract's training-program operation for the Qionglai 2021
 * training (three days, six site visits resolved by the org subgraph, 60+ trainees), who sees the
 * trainees' names, and the refusals of the agenda and enrollment rules. Writes, so its own database.
 */
let platform: TestPlatform;
let databaseUrl: string;
let qionglai: string;
const VISITED = [
  '温江区新时代文明实践中心',
  '金马街道新时代文明实践所',
  '共耕社区新时代文明实践站',
  '东华社区新时代文明实践站',
  '平岗社区新时代文明实践站',
  '春台社区新时代文明实践站',
];

const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);
const ADMIN: Caller = { role: 'ADMIN', subject: 'admin-1' };
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst-1' };
const QIONGLAI_ADMIN: Caller = { role: 'ORG_ADMIN', orgUnitCode: '510183-ZX', subject: 'ql-admin' };

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
  const [row] = await sql<{ id: string }>(
    `SELECT id::text FROM training.training_program WHERE title = '邛崃市2021年新时代文明实践专题学习提升培训'`,
  );
  qionglai = row.id;
}, 240000);
afterAll(() => platform?.stop());

describe('the contract operation TrainingProgramView for the Qionglai 2021 training', () => {
  it('gives three days, six site visits whose units resolve from the org subgraph, and 60+ named trainees to staff', async () => {
    const res = await callAs(platform.gateway.url, ANALYST, TrainingProgramViewDocument, { id: qionglai });
    expect(res.errors).toBeUndefined();
    const program = res.data!.trainingProgram!;
    expect(program).toMatchObject({ title: '邛崃市2021年新时代文明实践专题学习提升培训', startsOn: '2021-07-14', endsOn: '2021-07-16' });
    expect(program.organizer).toMatchObject({ name: '邛崃市新时代文明实践中心', ancestors: [{ name: '成都市新时代文明实践中心' }] });
    expect(program.participantCount).toBeGreaterThanOrEqual(60);

    const visits = program.sessions.filter((s) => s.kind === 'SITE_VISIT');
    expect(visits.map((s) => s.visitedUnit?.name)).toEqual(VISITED);
    expect(visits.map((s) => s.visitedUnit?.level)).toEqual(['CENTER', 'INSTITUTE', 'STATION', 'STATION', 'STATION', 'STATION']);
    expect(visits[1].visitedUnit?.parent).toEqual({ name: '温江区新时代文明实践中心' });
    expect(program.sessions[0]).toMatchObject({
      kind: 'OPENING',
      speaker: '周洪彬',
      startsAt: '2021-07-14T09:00:00+08:00',
      visitedUnit: null,
    });
    expect(program.sessions.at(-1)?.kind).toBe('DISCUSSION');

    expect(program.enrollments.totalCount).toBe(program.participantCount);
    expect(program.enrollments.edges).toHaveLength(program.participantCount);
    const trainees = program.enrollments.edges.map((e) => e.node);
    expect(trainees.every((t) => t.participantName.length >= 2 && t.attended && t.volunteer === null)).toBe(true);
    expect(trainees.flatMap((t) => (t.participantUnit ? [t.participantUnit.level] : []))).toEqual(['INSTITUTE', 'INSTITUTE', 'CENTER']);
  });

  it('gives a caller without a token the whole program and the number of trainees, but no names and no error', async () => {
    const res = await callAs(platform.gateway.url, { role: 'ANONYMOUS' }, TrainingProgramViewDocument, { id: qionglai });
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingProgram!.sessions).toHaveLength(11);
    expect(res.data!.trainingProgram!.enrollments).toEqual({ totalCount: 64, edges: [] });
  });
});

const SITE_VISITS_AND_FIGURES = graphql(`
  query SiteVisitsAndTrainingFigures {
    wenjiang: orgUnitByCode(code: "510115-ZX") {
      hostedSiteVisits {
        title
        program {
          organizer {
            name
          }
        }
      }
    }
    huidong: orgUnitByCode(code: "513426-ZX") {
      trainingStats(year: 2021, audience: VOLUNTEERS) {
        programCount
        participantCount
      }
    }
  }
`);
const OWN_TRAINING_RECORD = graphql(`
  query OwnTrainingRecord($id: ID!) {
    volunteer(id: $id) {
      id
      name
      enrollments {
        program {
          title
        }
        attended
        completed
        certificateNumber
      }
    }
  }
`);

describe('training reads across subgraphs', () => {
  it('shows the visits a unit in another county hosted and the training figures of a subtree and year', async () => {
    const res = await callAs(platform.gateway.url, { role: 'ANONYMOUS' }, SITE_VISITS_AND_FIGURES);
    expect(res.errors).toBeUndefined();
    expect(res.data!.wenjiang!.hostedSiteVisits).toEqual([
      { title: '现场观摩：温江区新时代文明实践中心', program: { organizer: { name: '邛崃市新时代文明实践中心' } } },
    ]);
    expect(res.data!.huidong!.trainingStats).toEqual({ programCount: 4, participantCount: 220 });
  });

  it("adds the training record to a volunteer's own record (Volunteer.enrollments)", async () => {
    const [v] = await sql<{ id: string; n: number }>(
      `SELECT volunteer_id::text AS id, count(*)::int AS n FROM training.enrollment WHERE volunteer_id IS NOT NULL GROUP BY volunteer_id ORDER BY n DESC, volunteer_id LIMIT 1`,
    );
    const res = await callAs(platform.gateway.url, { role: 'VOLUNTEER', volunteerId: v.id, subject: 'v' }, OWN_TRAINING_RECORD, {
      id: v.id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.volunteer!.enrollments).toHaveLength(v.n);
    expect(res.data!.volunteer!.enrollments[0].program.title).toMatch(/^2021年会东县/);
  });
});

const CREATE_SMALL_PROGRAM = graphql(`
  mutation CreateSmallProgram($o: ID!) {
    createTrainingProgram(
      input: {
        title: "2030年邛崃市实践站站长培训"
        organizerId: $o
        startsOn: "2030-07-14"
        endsOn: "2030-07-16"
        capacity: 2
        audience: STAFF
      }
    ) {
      id
    }
  }
`);
const ADD_SESSION_AFTER_THE_PROGRAM = graphql(`
  mutation AddSessionAfterTheProgram($p: ID!) {
    addTrainingSession(
      input: { programId: $p, kind: LECTURE, title: "讲座", startsAt: "2030-07-17T09:00:00+08:00", endsAt: "2030-07-17T11:00:00+08:00" }
    ) {
      id
    }
  }
`);
const ADD_SESSION_ENDING_BEFORE_IT_STARTS = graphql(`
  mutation AddSessionEndingBeforeItStarts($p: ID!) {
    addTrainingSession(
      input: { programId: $p, kind: LECTURE, title: "讲座", startsAt: "2030-07-15T11:00:00+08:00", endsAt: "2030-07-15T09:00:00+08:00" }
    ) {
      id
    }
  }
`);
const ENROLL_FROM_THE_CIVILIZATION_OFFICE = graphql(`
  mutation EnrollFromTheCivilizationOffice($p: ID!, $n: String!) {
    enroll(input: { programId: $p, participantName: $n, participantUnitName: "邛崃市文明办" }) {
      id
    }
  }
`);

describe('refusals of the agenda and enrollment rules', () => {
  let program: string;
  beforeAll(async () => {
    const [organizer] = await sql<{ id: string }>(`SELECT id::text FROM ${UNIT_TREE} WHERE code = '510183-ZX'`);
    const res = await callAs(platform.gateway.url, QIONGLAI_ADMIN, CREATE_SMALL_PROGRAM, { o: organizer.id });
    expect(res.errors).toBeUndefined();
    program = res.data!.createTrainingProgram.id;
  });

  it("refuses a session outside the program's dates with BAD_USER_INPUT", async () => {
    const res = await callAs(platform.gateway.url, QIONGLAI_ADMIN, ADD_SESSION_AFTER_THE_PROGRAM, { p: program });
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('2030-07-14 to 2030-07-16'),
    });
  });

  it('passes a broken input rule through with the field it names, and no internals', async () => {
    const res = await callAs(platform.gateway.url, QIONGLAI_ADMIN, ADD_SESSION_ENDING_BEFORE_IT_STARTS, { p: program });
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.endsAt' },
      message: 'endsAt must be after startsAt',
    });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules/);
  });

  it('refuses a duplicate enrollment and one over capacity with CONFLICT', async () => {
    const enroll = (n: string) => callAs(platform.gateway.url, ADMIN, ENROLL_FROM_THE_CIVILIZATION_OFFICE, { p: program, n });
    expect((await enroll('周一')).errors).toBeUndefined();
    expect((await enroll('周一')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await enroll('吴二')).errors).toBeUndefined();
    const full = await enroll('郑三');
    expect(full.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('is full') });
    await expect(sql(`SELECT count(*)::int AS n FROM training.enrollment WHERE program_id = $1`, [Number(program)])).resolves.toEqual([
      { n: 2 },
    ]);
  });
});
