import { createScratchDatabase, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '../src/subgraph';
import { huidongCenterId } from './support/training-fixture';

let fixture: SubgraphHarness;
let center: string;

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: await createScratchDatabase() });
  center = String(await huidongCenterId(fixture));
}, 120000);
afterAll(() => fixture?.stop());

const ADMIN: Identity = { subject: 'trainer', role: 'ADMIN' };
const run = (q: string, variables: Record<string, unknown>, identity = ADMIN) =>
  postGraphQL<Record<string, any>>(fixture.subgraphs.training.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const CREATE = `mutation($i: CreateTrainingProgramInput!) { createTrainingProgram(input: $i) { id title startsOn endsOn participantCount organizer { id } } }`;
const ENROLL = `mutation($i: EnrollInput!) { enroll(input: $i) { id participantName attended program { id participantCount } participantUnit { id } volunteer { id } } }`;

async function program(startsOn: string, endsOn: string): Promise<string> {
  const res = await run(CREATE, { i: { title: '志愿服务骨干培训', organizerId: center, startsOn, endsOn } });
  expect(res.errors).toBeUndefined();
  return res.data!.createTrainingProgram.id;
}

describe('training programs and enrollment (报名)', () => {
  it('creates a program and enrolls participants, counting them', async () => {
    const id = await program('2030-04-01', '2030-04-03');
    const first = await run(ENROLL, { i: { programId: id, participantName: '王芳', participantUnitId: center, volunteerId: '42' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.enroll).toMatchObject({
      participantName: '王芳',
      attended: false,
      program: { id, participantCount: 1 },
      participantUnit: { id: center },
      volunteer: { id: '42' },
    });
    const again = await run(ENROLL, { i: { programId: id, participantName: '王芳', volunteerId: '42' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const guest = await run(ENROLL, { i: { programId: id, participantName: '李强' } });
    expect(guest.data!.enroll.program.participantCount).toBe(2);
  });

  it.each([
    [
      'an end before the start',
      CREATE,
      { i: { title: 'x', organizerId: '1', startsOn: '2030-05-02', endsOn: '2030-05-01' } },
      'BAD_USER_INPUT',
    ],
    ['an unknown program', ENROLL, { i: { programId: '999999', participantName: '王芳' } }, 'NOT_FOUND'],
    ['an empty participant name', ENROLL, { i: { programId: '1', participantName: ' ' } }, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_label, query, variables, code) => {
    const res = await run(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('takes no enrollments for a program that has ended', async () => {
    const id = await program('2021-06-01', '2021-06-02');
    const res = await run(ENROLL, { i: { programId: id, participantName: '王芳' } });
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/ended on 2021-06-02/),
    });
  });

  it('lets a VOLUNTEER sign up only itself', async () => {
    const id = await program('2030-06-01', '2030-06-02');
    const volunteer: Identity = { subject: 'v-7', role: 'VOLUNTEER', volunteerId: '7' };
    expect((await run(ENROLL, { i: { programId: id, participantName: '本人', volunteerId: '7' } }, volunteer)).errors).toBeUndefined();
    const other = await run(ENROLL, { i: { programId: id, participantName: '他人', volunteerId: '8' } }, volunteer);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rules declared on the input types', () => {
  const program = { title: '志愿服务骨干培训', startsOn: '2030-05-01', endsOn: '2030-05-02' };
  it.each([
    [
      'an end before the start',
      CREATE,
      () => ({ i: { ...program, organizerId: center, endsOn: '2030-04-30' } }),
      'input.endsOn',
      'endsOn must not be before startsOn',
    ],
    [
      'a capacity of 0',
      CREATE,
      () => ({ i: { ...program, organizerId: center, capacity: 0 } }),
      'input.capacity',
      'capacity must be between 1 and 10000',
    ],
    [
      'a blank title',
      CREATE,
      () => ({ i: { ...program, organizerId: center, title: ' ' } }),
      'input.title',
      'title must be 1 to 200 characters',
    ],
    [
      'a blank participant name',
      ENROLL,
      () => ({ i: { programId: '1', participantName: ' ' } }),
      'input.participantName',
      'participantName must be 1 to 50 characters',
    ],
    [
      'a position over 50 characters',
      ENROLL,
      () => ({ i: { programId: '1', participantName: '王芳', participantPosition: '职'.repeat(51) } }),
      'input.participantPosition',
      'participantPosition must be at most 50 characters',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, query, variables, argument, message) => {
    const [{ n: before }] = await fixture.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit.entry`);
    const res = await run(query, variables());
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument }, message: expect.stringContaining(message) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace/);
    const [{ n: after }] = await fixture.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit.entry`);
    expect(after).toBe(before);
  });
});
