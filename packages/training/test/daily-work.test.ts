import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { UNIT_TREE } from '@civic/org-tree';
import { orgSubgraph } from '@civic/org';
import { ADMIN, callAs, scoped } from './support/callers';
import { trainingSubgraph } from '../src/subgraph';

/** Editing and cancelling programs and sessions, sorting, searching and filtering them, and their statistics by period and dimension. */
let fixture: SubgraphHarness;
let huidong: string;
let institute: string;

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: await createScratchDatabase() });
  const units = await fixture.sql<{ code: string; id: number }>(`SELECT code, id FROM ${UNIT_TREE} WHERE code = ANY($1)`, [
    ['513426-ZX', '513426104000-SJS'],
  ]);
  const id = (code: string) => String(units.find((u) => u.code === code)!.id);
  [huidong, institute] = [id('513426-ZX'), id('513426104000-SJS')];
}, 120000);
afterAll(() => fixture?.stop());

const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  callAs(fixture.subgraphs.training.url, identity, query, variables);
const HUIDONG_ADMIN = scoped('ORG_ADMIN', '513426-ZX');
const QIONGLAI_ADMIN = scoped('ORG_ADMIN', '510183-ZX');

const CREATE = `mutation($i: CreateTrainingProgramInput!) { createTrainingProgram(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTrainingProgramInput!) { updateTrainingProgram(id: $id, input: $i) { id title capacity startsOn endsOn version } }`;
const CANCEL = `mutation($id: ID!, $i: CancelTrainingProgramInput!) { cancelTrainingProgram(id: $id, input: $i) { status cancelledAt cancellationReason version } }`;
const ADD = `mutation($i: AddTrainingSessionInput!) { addTrainingSession(input: $i) { id version } }`;
const UPDATE_SESSION = `mutation($id: ID!, $i: UpdateTrainingSessionInput!) { updateTrainingSession(id: $id, input: $i) { title startsAt endsAt version } }`;
const CANCEL_SESSION = `mutation($id: ID!, $i: CancelTrainingSessionInput!) { cancelTrainingSession(id: $id, input: $i) { cancelledAt cancellationReason version } }`;
const ENROLL = `mutation($i: EnrollInput!) { enroll(input: $i) { id } }`;

async function ok(query: string, variables: Record<string, unknown>, identity: Identity = ADMIN) {
  const res = await call(identity, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function program(input: Record<string, unknown> = {}): Promise<string> {
  const data = await ok(CREATE, {
    i: { title: '志愿服务骨干培训', organizerId: huidong, startsOn: '2030-04-01', endsOn: '2030-04-03', ...input },
  });
  return data.createTrainingProgram.id;
}

const programRow = async (id: string) =>
  (
    await fixture.sql<{ title: string; capacity: number | null; version: number; cancelled_at: Date | null }>(
      `SELECT title, capacity, version, cancelled_at FROM training.training_program WHERE id = $1`,
      [Number(id)],
    )
  )[0];

describe('editing a program on the version read (修改培训项目)', () => {
  it('changes the given fields and counts the version', async () => {
    const id = await program();
    const data = await ok(UPDATE, { id, i: { title: '志愿服务骨干培训（第二期）', capacity: 30, expectedVersion: 1 } });
    expect(data.updateTrainingProgram).toMatchObject({ title: '志愿服务骨干培训（第二期）', capacity: 30, version: 2 });
    const [entry] = await fixture.sql<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit.entry WHERE action = 'updateTrainingProgram' AND $1 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(entry.changes).toEqual({
      title: { from: '志愿服务骨干培训', to: '志愿服务骨干培训（第二期）' },
      capacity: { from: null, to: 30 },
    });
  });

  it('lets one of two concurrent edits of the same version win; the other gets CONFLICT and changes nothing', async () => {
    const id = await program();
    const edit = (title: string) => call(ADMIN, UPDATE, { id, i: { title, expectedVersion: 1 } });
    const results = await Promise.all([edit('甲方案'), edit('乙方案')]);
    const winners = results.filter((res) => !res.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((res) => res.errors).map((res) => res.errors![0].extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 }),
    ]);
    expect(await programRow(id)).toMatchObject({ title: winners[0].data!.updateTrainingProgram.title, version: 2 });
  });

  it('refuses days that would leave a session outside, a capacity below those enrolled, and a version missing', async () => {
    const id = await program({ capacity: 5 });
    await ok(ADD, {
      i: { programId: id, kind: 'LECTURE', title: '讲座', startsAt: '2030-04-03T09:00:00+08:00', endsAt: '2030-04-03T10:00:00+08:00' },
    });
    await ok(ENROLL, { i: { programId: id, participantName: '张三', participantUnitId: huidong } });
    await ok(ENROLL, { i: { programId: id, participantName: '李四', participantUnitId: huidong } });
    const dates = await call(ADMIN, UPDATE, { id, i: { endsOn: '2030-04-02', expectedVersion: 1 } });
    expect(dates.errors?.[0]).toMatchObject({ message: expect.stringContaining('1 sessions'), extensions: { code: 'BAD_USER_INPUT' } });
    const capacity = await call(ADMIN, UPDATE, { id, i: { capacity: 1, expectedVersion: 1 } });
    expect(capacity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.capacity' });
    const reversed = await call(ADMIN, UPDATE, { id, i: { startsOn: '2030-04-05', expectedVersion: 1 } });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unversioned = await call(ADMIN, UPDATE, { id, i: { title: '无版本' } });
    expect(unversioned.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await programRow(id)).toMatchObject({ title: '志愿服务骨干培训', capacity: 5, version: 1 });
  });

  it("is refused outside the editor's subtree (FORBIDDEN) and for a program that does not exist (NOT_FOUND)", async () => {
    const id = await program();
    const foreign = await call(QIONGLAI_ADMIN, UPDATE, { id, i: { title: '越权', expectedVersion: 1 } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await call(HUIDONG_ADMIN, UPDATE, { id: '999999', i: { title: '无', expectedVersion: 1 } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('cancelling a program (取消培训项目)', () => {
  it('keeps it, with the reason, out of enrollments, sessions, edits and default statistics', async () => {
    const id = await program({ title: '取消测试培训', organizerId: institute });
    const stats = `query($u: ID!, $c: Boolean) { _entities(representations: [{ __typename: "OrgUnit", id: $u }]) { ... on OrgUnit {
      trainingStats(from: "2030-01-01", to: "2030-12-31", includeCancelled: $c) { programCount } } } }`;
    const before = await ok(stats, { u: institute, c: false });
    expect(before._entities[0].trainingStats.programCount).toBe(1);

    const data = await ok(CANCEL, { id, i: { reason: '讲师因故无法到场', expectedVersion: 1 } }, HUIDONG_ADMIN);
    expect(data.cancelTrainingProgram).toMatchObject({ status: 'CANCELLED', cancellationReason: '讲师因故无法到场', version: 2 });
    expect(data.cancelTrainingProgram.cancelledAt).toMatch(/\+08:00$/);

    const enroll = await call(ADMIN, ENROLL, { i: { programId: id, participantName: '王五', participantUnitId: institute } });
    const session = await call(ADMIN, ADD, {
      i: { programId: id, kind: 'LECTURE', title: '讲座', startsAt: '2030-04-01T09:00:00+08:00', endsAt: '2030-04-01T10:00:00+08:00' },
    });
    const edit = await call(ADMIN, UPDATE, { id, i: { title: '改名', expectedVersion: 2 } });
    const again = await call(ADMIN, CANCEL, { id, i: { reason: '再次', expectedVersion: 2 } });
    expect([enroll, session, edit, again].map((res) => res.errors?.[0]?.extensions?.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);

    const after = await ok(stats, { u: institute, c: false });
    const withCancelled = await ok(stats, { u: institute, c: true });
    expect([after._entities[0].trainingStats.programCount, withCancelled._entities[0].trainingStats.programCount]).toEqual([0, 1]);
    const listed = await ok(
      `query($u: ID) { trainingPrograms(filter: { organizerId: $u, cancelled: true }) { edges { node { id status } } } }`,
      {
        u: institute,
      },
    );
    expect(listed.trainingPrograms.edges).toEqual([{ node: { id, status: 'CANCELLED' } }]);
    const [entry] = await fixture.sql<{ reason: string }>(
      `SELECT reason FROM audit.entry WHERE action = 'cancelTrainingProgram' AND $1 = ANY(entity_ids)`,
      [id],
    );
    expect(entry.reason).toBe('讲师因故无法到场');
  });

  it('refuses a blank reason and a program that took place (trainees completed it)', async () => {
    const id = await program();
    const blank = await call(ADMIN, CANCEL, { id, i: { reason: '  ', expectedVersion: 1 } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.reason' });
    const [done] = await fixture.sql<{ id: number; version: number }>(
      `SELECT p.id, p.version FROM training.training_program p WHERE EXISTS (SELECT 1 FROM training.enrollment e WHERE e.program_id = p.id AND e.completed_on IS NOT NULL) LIMIT 1`,
    );
    const tookPlace = await call(ADMIN, CANCEL, { id: String(done.id), i: { reason: '测试', expectedVersion: done.version } });
    expect(tookPlace.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('editing and cancelling a session (修改、取消培训日程)', () => {
  it('corrects a session on the version read, refuses a stale one, and cancels it with a reason', async () => {
    const id = await program();
    const added = await ok(ADD, {
      i: { programId: id, kind: 'LECTURE', title: '讲座', startsAt: '2030-04-02T09:00:00+08:00', endsAt: '2030-04-02T10:00:00+08:00' },
    });
    const sessionId = added.addTrainingSession.id;
    const moved = await ok(UPDATE_SESSION, {
      id: sessionId,
      i: { title: '专题讲座', startsAt: '2030-04-02T14:00:00+08:00', endsAt: '2030-04-02T16:00:00+08:00', expectedVersion: 1 },
    });
    expect(moved.updateTrainingSession).toEqual({
      title: '专题讲座',
      startsAt: '2030-04-02T14:00:00+08:00',
      endsAt: '2030-04-02T16:00:00+08:00',
      version: 2,
    });
    const stale = await call(ADMIN, UPDATE_SESSION, { id: sessionId, i: { title: '旧', expectedVersion: 1 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const outside = await call(ADMIN, UPDATE_SESSION, {
      id: sessionId,
      i: { startsAt: '2030-04-04T09:00:00+08:00', endsAt: '2030-04-04T10:00:00+08:00', expectedVersion: 2 },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const visitWithoutUnit = await call(ADMIN, UPDATE_SESSION, { id: sessionId, i: { kind: 'SITE_VISIT', expectedVersion: 2 } });
    expect(visitWithoutUnit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.visitedUnitId' });
    const cancelled = await ok(CANCEL_SESSION, { id: sessionId, i: { reason: '场地冲突', expectedVersion: 2 } });
    expect(cancelled.cancelTrainingSession).toMatchObject({ cancellationReason: '场地冲突', version: 3 });
    const edited = await call(ADMIN, UPDATE_SESSION, { id: sessionId, i: { title: '再改', expectedVersion: 3 } });
    expect(edited.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const agenda = await ok(`query($id: ID!) { trainingProgram(id: $id) { sessions { id cancellationReason } } }`, { id });
    expect(agenda.trainingProgram.sessions).toEqual([{ id: sessionId, cancellationReason: '场地冲突' }]);
  });
});

describe('sorting, searching and filtering programs', () => {
  const titles = (data: Record<string, any>): string[] => data.trainingPrograms.edges.map((e: { node: { title: string } }) => e.node.title);

  it.each([
    ['wsjk', '2021年会东县卫生健康志愿服务专业培训'],
    ['卫生健康', '2021年会东县卫生健康志愿服务专业培训'],
    ['kejizhunong', '2021年会东县科技助农志愿服务专业培训'],
  ])('finds a Huidong program by "%s"', async (search, title) => {
    const data = await ok(`query($s: String) { trainingPrograms(filter: { search: $s }) { edges { node { title } } } }`, { s: search });
    expect(titles(data)).toEqual([title]);
  });

  it('finds the programs organised in a subtree, for an audience, sorted by title descending', async () => {
    const data = await ok(
      `query($u: ID) { trainingPrograms(filter: { organizerSubtreeOf: $u, search: "hdx", audience: VOLUNTEERS, to: "2021-12-31" }, orderBy: { field: TITLE, direction: DESC }) {
        edges { node { title audience } } } }`,
      { u: huidong },
    );
    const found = titles(data);
    expect(found).toHaveLength(4);
    expect(found).toEqual([...found].sort().reverse());
  });

  it('is served by the trigram index', async () => {
    const plan = await fixture.subgraphs.training.database.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      const rows: { 'QUERY PLAN': string }[] = await manager.query(
        `EXPLAIN SELECT id FROM training.training_program p WHERE p.search_key LIKE '%wsjk%'`,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('training_program_search_key_trgm');
  });

  it('walks every page of enrollments by name descending while people enroll: nothing repeated, nothing skipped, order kept', async () => {
    const id = await program({ title: '翻页测试培训' });
    const names = ['陈一', '王二', '李三', '赵四', '孙五', '周六', '吴七'];
    for (const name of names) await ok(ENROLL, { i: { programId: id, participantName: name, participantUnitId: huidong } });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const data: any = await ok(
        `query($id: ID!, $after: String) { trainingProgram(id: $id) { enrollments(orderBy: { field: PARTICIPANT_NAME, direction: DESC }, first: 2, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { participantName } } } } }`,
        { id, after },
      );
      const connection = data.trainingProgram.enrollments;
      seen.push(...connection.edges.map((e: { node: { participantName: string } }) => e.node.participantName));
      const last = seen[seen.length - 1];
      await ok(ENROLL, { i: { programId: id, participantName: `${last}甲`, participantUnitId: huidong } });
      await ok(ENROLL, { i: { programId: id, participantName: `${last.slice(0, 1)}${page}`, participantUnitId: huidong } });
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(names.filter((name) => !seen.includes(name))).toEqual([]);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('sorts feedback by rating, enrollments by when people enrolled', async () => {
    const [session] = await fixture.sql<{ session_id: number }>(
      `SELECT session_id FROM training.session_feedback GROUP BY session_id HAVING count(DISTINCT rating) > 1 LIMIT 1`,
    );
    const data = await ok(
      `query($id: ID!) { trainingSession(id: $id) { feedback(orderBy: { field: RATING, direction: DESC }, first: 100) { edges { node { rating givenAt } } } } }`,
      {
        id: String(session.session_id),
      },
    );
    const ratings = data.trainingSession.feedback.edges.map((e: { node: { rating: number } }) => e.node.rating);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(data.trainingSession.feedback.edges[0].node.givenAt).toMatch(/\+08:00$/);

    const first = await ok(
      `{ trainingPrograms(filter: { search: "wsjk" }) { edges { node { enrollments(orderBy: { field: ENROLLED_AT, direction: DESC }, first: 3) {
      edges { node { enrolledAt } } } } } } }`,
      {},
    );
    const times = first.trainingPrograms.edges[0].node.enrollments.edges.map((e: { node: { enrolledAt: string } }) => e.node.enrolledAt);
    expect(times.every((t: string) => t.endsWith('+08:00'))).toBe(true);
    expect(times.map((t: string) => Date.parse(t))).toEqual(times.map((t: string) => Date.parse(t)).sort((a: number, b: number) => b - a));
  });
});

describe('statistics by period and dimension', () => {
  const ENTITY = (field: string) =>
    `query($u: ID!) { _entities(representations: [{ __typename: "OrgUnit", id: $u }]) { ... on OrgUnit { ${field} } } }`;

  it('counts the programs starting in a period', async () => {
    const data = await ok(ENTITY(`trainingStats(from: "2021-05-01", to: "2021-08-31") { programCount participantCount }`), { u: huidong });
    expect(data._entities[0].trainingStats).toEqual({ programCount: 2, participantCount: 48 + 72 });
    const wrong = await call(ADMIN, ENTITY(`trainingStats(from: "2021-09-01", to: "2021-08-31") { programCount }`), { u: huidong });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('breaks 2021 down by month, every month present, in one statement', async () => {
    const before = fixture.subgraphs.training.database.queries.total;
    const data = await ok(
      ENTITY(
        `trainingBreakdown(dimensions: [MONTH], from: "2021-01-01", to: "2021-12-31") { keys { dimension key label } programCount participantCount }`,
      ),
      { u: huidong },
    );
    expect(fixture.subgraphs.training.database.queries.since(before)).toBe(1);
    const cells = data._entities[0].trainingBreakdown;
    expect(cells).toHaveLength(12);
    expect(cells[0]).toEqual({ keys: [{ dimension: 'MONTH', key: '2021-01', label: '2021年1月' }], programCount: 0, participantCount: 0 });
    expect(cells[2]).toEqual({ keys: [{ dimension: 'MONTH', key: '2021-03', label: '2021年3月' }], programCount: 1, participantCount: 64 });
    expect(cells.reduce((sum: number, cell: { programCount: number }) => sum + cell.programCount, 0)).toBe(4);
  });

  it('breaks down by township × month, with and without the townships that organised nothing', async () => {
    await program({ title: '堵格镇志愿者培训', organizerId: institute, startsOn: '2021-06-02', endsOn: '2021-06-02' });
    const query = (skip: boolean) =>
      ok(
        ENTITY(
          `trainingBreakdown(dimensions: [TOWNSHIP, MONTH], from: "2021-01-01", to: "2021-12-31", skipEmptyUnits: ${skip}) { keys { key label } programCount }`,
        ),
        {
          u: huidong,
        },
      );
    const all = (await query(false))._entities[0].trainingBreakdown;
    expect(all).toHaveLength((19 + 1) * 12);
    const skipped = (await query(true))._entities[0].trainingBreakdown;
    expect(skipped).toHaveLength(2 * 12);
    const cell = (cells: any[], unit: string, month: string) => cells.find((c) => c.keys[0].key === unit && c.keys[1].key === month);
    expect(cell(skipped, institute, '2021-06').programCount).toBe(1);
    expect(cell(skipped, institute, '2021-06').keys[0].label).toMatch(/新时代文明实践所$/);
    expect(cell(skipped, 'NONE', '2021-03')).toMatchObject({
      programCount: 1,
      keys: [{ key: 'NONE', label: '乡镇以上单位' }, { label: '2021年3月' }],
    });
  });

  it('breaks down by child unit and audience, the unit counting as its own group', async () => {
    const data = await ok(
      ENTITY(
        `trainingBreakdown(dimensions: [CHILD_UNIT, AUDIENCE], to: "2021-12-31", skipEmptyUnits: true) { keys { key label } programCount }`,
      ),
      {
        u: huidong,
      },
    );
    const cells = data._entities[0].trainingBreakdown.filter((c: { programCount: number }) => c.programCount > 0);
    expect(cells).toEqual(
      expect.arrayContaining([
        {
          keys: [
            { key: huidong, label: '会东县新时代文明实践中心' },
            { key: 'VOLUNTEERS', label: '志愿者' },
          ],
          programCount: 4,
        },
        {
          keys: [
            { key: institute, label: expect.stringMatching(/所$/) },
            { key: 'MIXED', label: '工作人员和志愿者' },
          ],
          programCount: 1,
        },
      ]),
    );
  });

  it('refuses a dimension named twice', async () => {
    const res = await call(ADMIN, ENTITY(`trainingBreakdown(dimensions: [MONTH, MONTH]) { programCount }`), { u: huidong });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dimensions' });
  });
});
