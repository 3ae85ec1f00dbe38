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

const ANALYST: Identity = { subject: 'analyst', role: 'ANALYST' };
const CHENGDU: Identity = { subject: 'chengdu-office', role: 'ORG_ADMIN', orgUnitCode: '510100-ZX' };
const QIONGLAI: Identity = { subject: 'qionglai-office', role: 'ORG_ADMIN', orgUnitCode: '510183-ZX' };
const HUIDONG: Identity = { subject: 'huidong-office', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };
const run = (q: string, variables: Record<string, unknown> = {}, identity: Identity = ANALYST) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/** Every page of a connection, following endCursor; `connection` picks it out of the response data. */
async function walk<N>(
  query: string,
  variables: Record<string, unknown>,
  connection: (data: Record<string, any>) => Page<N>,
): Promise<{ nodes: N[]; totalCount: number; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 1; pages <= 100; pages += 1) {
    const res = await run(query, { ...variables, after });
    expect(res.errors).toBeUndefined();
    const page = connection(res.data!);
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('sorting designation applications (称号申报)', () => {
  it('pages through all applications by state, latest in the workflow first: each once, in the order asked', async () => {
    // Take some of Qionglai's pending applications further, so that every workflow state is present.
    const pending = await sql<{ id: number; state: string }>(
      `SELECT a.id, a.state FROM org.designation_application a ORDER BY a.applied_on, a.id`,
    );
    expect(pending).toHaveLength(15);
    const reviewed = pending.filter((a) => a.state === 'UNDER_REVIEW').map((a) => String(a.id));
    const submitted = pending.filter((a) => a.state === 'SUBMITTED').map((a) => String(a.id));
    const step = async (name: string, id: string, identity: Identity, note?: string) => {
      const res = await run(
        `mutation($i: ApplicationStepInput!) { ${name}(input: $i) { state } }`,
        { i: { applicationId: id, note } },
        identity,
      );
      expect(res.errors).toBeUndefined();
    };
    await step('grantDesignationApplication', reviewed[0], CHENGDU);
    await step('rejectDesignationApplication', reviewed[1], CHENGDU, '阵地设施尚不完备');
    await step('withdrawDesignationApplication', submitted[0], QIONGLAI);

    const query = `query($after: String) { designationApplications(orderBy: { field: STATE, direction: DESC }, first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id state } } } }`;
    const { nodes, totalCount, pages } = await walk<{ id: string; state: string }>(query, {}, (data) => data.designationApplications);
    expect(pages).toBe(4);
    expect(totalCount).toBe(15);
    expect(new Set(ids(nodes)).size).toBe(15);
    const workflow = ['SUBMITTED', 'UNDER_REVIEW', 'GRANTED', 'REJECTED', 'WITHDRAWN'];
    const expected = [...nodes].sort((a, b) => workflow.indexOf(b.state) - workflow.indexOf(a.state) || Number(b.id) - Number(a.id));
    expect(ids(nodes)).toEqual(ids(expected));
    expect(nodes.slice(0, 3).map((node) => node.state)).toEqual(['WITHDRAWN', 'REJECTED', 'GRANTED']);
    expect(nodes.at(-1)!.state).toBe('SUBMITTED');
    // Without orderBy: still the order submitted.
    const plain = await walk<{ id: string }>(
      `query($after: String) { designationApplications(first: 6, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      {},
      (data) => data.designationApplications,
    );
    expect(ids(plain.nodes)).toEqual(pending.map((a) => String(a.id)));
  });

  it("pages through one unit's applications by day decided, and refuses a cursor of another order", async () => {
    const institute = await idOf('510183101000-SJS');
    const authority = await idOf('510183-ZX');
    const APPLY = `mutation($i: ApplyForDesignationInput!) { applyForDesignation(input: $i) { id } }`;
    const applied: string[] = [];
    for (const [title, appliedOn] of [
      ['邛崃市新时代文明实践示范所', '2021-03-01'],
      ['邛崃市志愿服务示范所', '2021-04-01'],
      ['邛崃市理论宣讲示范所', '2021-05-01'],
      ['邛崃市移风易俗示范所', '2021-06-01'],
    ]) {
      const res = await run(
        APPLY,
        {
          i: {
            applicantUnitId: institute,
            authorityUnitId: authority,
            kind: 'DEMONSTRATION',
            title,
            appliedOn,
            reason: '常态开展志愿服务',
          },
        },
        QIONGLAI,
      );
      expect(res.errors).toBeUndefined();
      applied.push(res.data!.applyForDesignation.id);
    }
    // The first two decided (the later one sooner), the third withdrawn, the fourth pending.
    const decide = async (name: string, id: string, on: string, note?: string) =>
      expect(
        (await run(`mutation($i: ApplicationStepInput!) { ${name}(input: $i) { id } }`, { i: { applicationId: id, on, note } }, QIONGLAI))
          .errors,
      ).toBeUndefined();
    await decide('reviewDesignationApplication', applied[0], '2021-07-01');
    await decide('rejectDesignationApplication', applied[0], '2021-09-01', '材料不全');
    await decide('reviewDesignationApplication', applied[1], '2021-07-01');
    await decide('grantDesignationApplication', applied[1], '2021-08-01');
    expect(
      (
        await run(
          `mutation($i: ApplicationStepInput!) { withdrawDesignationApplication(input: $i) { id } }`,
          { i: { applicationId: applied[2] } },
          QIONGLAI,
        )
      ).errors,
    ).toBeUndefined();

    const query = `query($u: ID!, $after: String) { orgUnit(id: $u) { designationApplications(orderBy: { field: DECIDED_ON }, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id decidedOn } } } } }`;
    const { nodes, totalCount } = await walk<{ id: string; decidedOn: string | null }>(
      query,
      { u: institute },
      (data) => data.orgUnit.designationApplications,
    );
    expect(totalCount).toBe(4);
    // Decided first, by day; then the undecided ones (withdrawn, pending) by id.
    expect(nodes).toEqual([
      { id: applied[1], decidedOn: '2021-08-01' },
      { id: applied[0], decidedOn: '2021-09-01' },
      { id: applied[2], decidedOn: null },
      { id: applied[3], decidedOn: null },
    ]);

    const first = await run(query, { u: institute, after: null });
    const other = await run(
      `query($u: ID!, $after: String) { orgUnit(id: $u) { designationApplications(orderBy: { field: KIND }, first: 1, after: $after) { totalCount } } }`,
      { u: institute, after: first.data!.orgUnit.designationApplications.pageInfo.endCursor },
    );
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
  });
});

describe('sorting joint meetings (联席会议) and their decisions', () => {
  it("pages through Huidong's meetings by topic, last first, each once, as the database orders the topics", async () => {
    const query = `query($after: String) { jointMeetings(orderBy: { field: TOPIC, direction: DESC }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id topic } } } }`;
    const { nodes, totalCount, pages } = await walk<{ id: string; topic: string }>(query, {}, (data) => data.jointMeetings);
    expect(totalCount).toBe(7);
    expect(pages).toBe(4);
    const expected = await sql<{ id: number }>(`SELECT id FROM org.joint_meeting ORDER BY topic DESC, id DESC`);
    expect(ids(nodes)).toEqual(expected.map((row) => String(row.id)));
  });

  it('pages through the meetings a sub-center attended, latest first', async () => {
    const unit = await idOf('513426-FZX-13');
    const query = `query($u: ID!, $after: String) { orgUnit(id: $u) {
      jointMeetings(participation: ATTENDED, orderBy: { field: HELD_ON, direction: DESC }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id heldOn } } } } }`;
    const { nodes, totalCount } = await walk<{ id: string; heldOn: string }>(query, { u: unit }, (data) => data.orgUnit.jointMeetings);
    expect(totalCount).toBe(5);
    const expected = await sql<{ id: number }>(
      `SELECT m.id FROM org.joint_meeting m JOIN org.joint_meeting_attendee a ON a.meeting_id = m.id
       WHERE a.org_unit_id = $1 ORDER BY m.held_on DESC, m.id DESC`,
      [Number(unit)],
    );
    expect(ids(nodes)).toEqual(expected.map((row) => String(row.id)));
    expect(nodes.map((node) => node.heldOn)).toEqual([...nodes.map((node) => node.heldOn)].sort().reverse());
  });

  it("pages through a sub-center's decisions by progress, done first, and by day done", async () => {
    const justice = await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code LIKE '513426-FZX-%' AND department = '司法'`);
    const unit = String(justice[0].id);
    // Two more decisions for it at a new meeting: one open, one in progress.
    const meeting = await run(
      `mutation($i: RecordJointMeetingInput!) { recordJointMeeting(input: $i) { id } }`,
      { i: { conveningUnitId: await idOf('513426-ZX'), heldOn: '2022-03-15', topic: '法治宣传进村', attendees: [{ orgUnitId: unit }] } },
      HUIDONG,
    );
    expect(meeting.errors).toBeUndefined();
    const added: string[] = [];
    for (const [text, dueOn] of [
      ['普法讲座进村', '2022-06-30'],
      ['调解员培训', '2022-05-31'],
    ]) {
      const res = await run(
        `mutation($i: AddMeetingDecisionInput!) { addMeetingDecision(input: $i) { id } }`,
        { i: { meetingId: meeting.data!.recordJointMeeting.id, text, responsibleUnitId: unit, dueOn } },
        HUIDONG,
      );
      expect(res.errors).toBeUndefined();
      added.push(res.data!.addMeetingDecision.id);
    }
    const reported = await run(
      `mutation($i: ReportDecisionProgressInput!) { reportDecisionProgress(input: $i) { state } }`,
      { i: { decisionId: added[1], state: 'IN_PROGRESS', on: '2022-04-01', note: '已排期' } },
      HUIDONG,
    );
    expect(reported.errors).toBeUndefined();

    const byState = await walk<{ id: string; state: string }>(
      `query($u: ID!, $after: String) { orgUnit(id: $u) { meetingDecisions(orderBy: { field: STATE, direction: DESC }, first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id state } } } } }`,
      { u: unit },
      (data) => data.orgUnit.meetingDecisions,
    );
    expect(byState.totalCount).toBe(4);
    expect(new Set(ids(byState.nodes)).size).toBe(4);
    const progress = ['OPEN', 'IN_PROGRESS', 'DONE'];
    expect(byState.nodes.map((node) => progress.indexOf(node.state))).toEqual(
      byState.nodes.map((node) => progress.indexOf(node.state)).sort((a, b) => b - a),
    );
    const expectedByState = [...byState.nodes].sort(
      (a, b) => progress.indexOf(b.state) - progress.indexOf(a.state) || Number(b.id) - Number(a.id),
    );
    expect(ids(byState.nodes)).toEqual(ids(expectedByState));
    expect(new Set(byState.nodes.map((node) => node.state))).toEqual(new Set(progress));

    const byDone = await walk<{ id: string; doneOn: string | null }>(
      `query($u: ID!, $after: String) { orgUnit(id: $u) { meetingDecisions(orderBy: { field: DONE_ON }, first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id doneOn } } } } }`,
      { u: unit },
      (data) => data.orgUnit.meetingDecisions,
    );
    const expected = await sql<{ id: number }>(
      `SELECT id FROM org.meeting_decision WHERE responsible_unit_id = $1 ORDER BY done_on ASC NULLS LAST, id`,
      [Number(unit)],
    );
    expect(ids(byDone.nodes)).toEqual(expected.map((row) => String(row.id)));
    expect(byDone.nodes.slice(-2).map((node) => node.doneOn)).toEqual([null, null]);
  });
});
