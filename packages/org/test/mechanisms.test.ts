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

const HUIDONG: Identity = { subject: 'huidong-office', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };
const EMERGENCY: Identity = { subject: 'emergency-sub-center', role: 'ORG_ADMIN', orgUnitCode: '513426-FZX-12' };
const TONGCHUAN: Identity = { subject: 'tongchuan-office', role: 'ORG_ADMIN', orgUnitCode: '610200-ZX' };
const run = (q: string, variables: Record<string, unknown> = {}, identity: Identity = { subject: 'analyst', role: 'ANALYST' }) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

const COORDINATION = `query($from: Date!, $to: Date!, $level: OrgLevel) { orgUnitByCode(code: "513426-ZX") {
  coordination(from: $from, to: $to, level: $level) { meetingsHeld rows { orgUnit { code department name }
    meetingsAttended decisionsAssigned decisionsDone decisionsOverdue } } } }`;
type Row = {
  orgUnit: { code: string; department: string | null };
  meetingsAttended: number;
  decisionsAssigned: number;
  decisionsDone: number;
  decisionsOverdue: number;
};

describe("Huidong's joint meetings (联席会议) and the 一盘棋 view", () => {
  it('lists the meetings its center convened, 2020-08 .. 2021-12, attended by the sub-centers, with decisions', async () => {
    const res = await run(`{ orgUnitByCode(code: "513426-ZX") { jointMeetings(first: 20) { totalCount edges { node { heldOn topic
      convenedBy { code } attendees { orgUnit { level } position } decisions { text state dueOn doneOn responsibleUnit { level } } } } } } }`);
    const page = res.data!.orgUnitByCode.jointMeetings;
    expect(page.totalCount).toBe(7);
    const meetings = page.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(meetings[0].heldOn >= '2020-08-01' && meetings.at(-1).heldOn <= '2021-12-31').toBe(true);
    for (const m of meetings) {
      expect(m.convenedBy.code).toBe('513426-ZX');
      expect(m.attendees.filter((a: { orgUnit: { level: string } }) => a.orgUnit.level === 'SUB_CENTER').length).toBeGreaterThanOrEqual(13);
      expect(m.decisions.length).toBeGreaterThan(0);
    }
    const decisions = meetings.flatMap((m: { decisions: { state: string; responsibleUnit: { level: string } }[] }) => m.decisions);
    const done = decisions.filter((d: { state: string }) => d.state === 'DONE').length;
    expect(done / decisions.length).toBeGreaterThan(0.5);
    expect(decisions.some((d: { state: string }) => d.state !== 'DONE')).toBe(true);
    expect(new Set(decisions.map((d: { responsibleUnit: { level: string } }) => d.responsibleUnit.level))).toEqual(
      new Set(['SUB_CENTER', 'INSTITUTE']),
    );
    const listed = await run(
      `query($c: ID!) { jointMeetings(filter: { convenedBy: $c, from: "2021-01-01", to: "2021-12-31" }, first: 2) {
      totalCount pageInfo { hasNextPage } edges { node { heldOn } } } }`,
      { c: await idOf('513426-ZX') },
    );
    expect(listed.data!.jointMeetings.totalCount).toBe(5);
    expect(listed.data!.jointMeetings.pageInfo.hasNextPage).toBe(true);
    const attended = await run(
      `{ orgUnitByCode(code: "513426-FZX-13") { jointMeetings(participation: ATTENDED, first: 0) { totalCount } } }`,
    );
    expect(attended.data!.orgUnitByCode.jointMeetings.totalCount).toBe(5);
  });

  it('counts, per sub-center, meetings attended and decisions assigned, done and overdue', async () => {
    const res = await run(COORDINATION, { from: '2020-07-01', to: '2021-12-31' });
    const view = res.data!.orgUnitByCode.coordination;
    expect(view.meetingsHeld).toBe(7);
    expect(view.rows).toHaveLength(15);
    const row = (department: string) => view.rows.find((r: Row) => r.orgUnit.department === department);
    expect(row('卫生健康')).toMatchObject({ meetingsAttended: 7, decisionsAssigned: 2, decisionsDone: 2, decisionsOverdue: 0 });
    expect(row('应急管理')).toMatchObject({ meetingsAttended: 6, decisionsAssigned: 1, decisionsDone: 0, decisionsOverdue: 1 });
    expect(row('司法')).toMatchObject({ meetingsAttended: 7, decisionsAssigned: 2, decisionsDone: 1, decisionsOverdue: 0 });
    expect(row('退役军人事务')).toMatchObject({ meetingsAttended: 5, decisionsAssigned: 0 });
    // Done late counts as done once done; before that it was overdue.
    expect(row('农业农村')).toMatchObject({ decisionsAssigned: 1, decisionsDone: 1, decisionsOverdue: 0 });
    const before = await run(COORDINATION, { from: '2020-07-01', to: '2021-08-10' });
    const early = before.data!.orgUnitByCode.coordination;
    expect(early.meetingsHeld).toBe(4);
    expect(early.rows.find((r: Row) => r.orgUnit.department === '农业农村')).toMatchObject({ decisionsDone: 0, decisionsOverdue: 1 });
    const institutes = await run(COORDINATION, { from: '2020-07-01', to: '2021-12-31', level: 'INSTITUTE' });
    const rows = institutes.data!.orgUnitByCode.coordination.rows;
    expect(rows).toHaveLength(19);
    expect(rows.reduce((n: number, r: Row) => n + r.decisionsAssigned, 0)).toBe(4);
  });

  it('lists the decisions a unit is responsible for, with overdue derived', async () => {
    const res =
      await run(`{ orgUnitByCode(code: "513426-FZX-12") { meetingDecisions(first: 5) { totalCount edges { node { text state overdue meeting { heldOn } } } }
      open: meetingDecisions(state: OPEN, first: 0) { totalCount } } }`);
    const unit = res.data!.orgUnitByCode;
    expect(unit.meetingDecisions.totalCount).toBe(1);
    expect(unit.meetingDecisions.edges[0].node).toMatchObject({ state: 'IN_PROGRESS', overdue: true, meeting: { heldOn: '2021-08-17' } });
    expect(unit.open.totalCount).toBe(0);
  });
});

describe('recording joint meetings and following up decisions', () => {
  const RECORD = `mutation($i: RecordJointMeetingInput!) { recordJointMeeting(input: $i) { id heldOn attendees { orgUnit { code } personName position } } }`;
  const DECIDE = `mutation($i: AddMeetingDecisionInput!) { addMeetingDecision(input: $i) { id state responsibleUnit { code } } }`;
  const REPORT = `mutation($i: ReportDecisionProgressInput!) { reportDecisionProgress(input: $i) { id state doneOn progressNote overdue } }`;

  it('records a meeting and a decision, and takes progress from the responsible unit until done (once)', async () => {
    const recorded = await run(
      RECORD,
      {
        i: {
          conveningUnitId: await idOf('513426-ZX'),
          heldOn: '2022-03-15',
          topic: '志愿服务阵地统筹',
          attendees: [
            { orgUnitId: await idOf('513426-FZX-12'), personName: '赵某', position: '分中心负责人' },
            { orgUnitId: await idOf('513426-FZX-01') },
          ],
        },
      },
      HUIDONG,
    );
    const meeting = recorded.data!.recordJointMeeting;
    expect(meeting.attendees).toEqual([
      { orgUnit: { code: '513426-FZX-01' }, personName: null, position: null },
      { orgUnit: { code: '513426-FZX-12' }, personName: '赵某', position: '分中心负责人' },
    ]);
    const anonymous = await run(
      `query($id: ID!) { jointMeeting(id: $id) { attendees { personName } } }`,
      { id: meeting.id },
      { subject: 'anonymous', role: 'ANONYMOUS' },
    );
    expect(anonymous.data!.jointMeeting.attendees.map((a: { personName: string | null }) => a.personName)).toEqual([null, null]);
    const early = await run(
      DECIDE,
      { i: { meetingId: meeting.id, text: '汛前演练', responsibleUnitId: await idOf('513426-FZX-12'), dueOn: '2022-03-01' } },
      HUIDONG,
    );
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const added = await run(
      DECIDE,
      { i: { meetingId: meeting.id, text: '汛前演练', responsibleUnitId: await idOf('513426-FZX-12'), dueOn: '2022-05-31' } },
      HUIDONG,
    );
    const decision = added.data!.addMeetingDecision;
    expect(decision).toMatchObject({ state: 'OPEN', responsibleUnit: { code: '513426-FZX-12' } });
    const progress = await run(
      REPORT,
      { i: { decisionId: decision.id, state: 'IN_PROGRESS', on: '2022-04-01', note: '方案已拟定' } },
      EMERGENCY,
    );
    expect(progress.data!.reportDecisionProgress).toMatchObject({ state: 'IN_PROGRESS', doneOn: null, progressNote: '方案已拟定' });
    const done = await run(REPORT, { i: { decisionId: decision.id, state: 'DONE', on: '2022-05-20', note: '演练完成' } }, EMERGENCY);
    expect(done.data!.reportDecisionProgress).toMatchObject({ state: 'DONE', doneOn: '2022-05-20', overdue: false });
    expect(codeOf(await run(REPORT, { i: { decisionId: decision.id, state: 'DONE' } }, HUIDONG))).toBe('CONFLICT');
    const audit = await sql<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit.entry WHERE (entity_type = 'JointMeeting' AND $1 = ANY(entity_ids)) OR (entity_type = 'MeetingDecision' AND $2 = ANY(entity_ids)) ORDER BY id`,
      [meeting.id, decision.id],
    );
    expect(audit).toEqual([
      { action: 'recordJointMeeting', actor: 'huidong-office' },
      { action: 'addMeetingDecision', actor: 'huidong-office' },
      { action: 'reportDecisionProgress', actor: 'emergency-sub-center' },
      { action: 'reportDecisionProgress', actor: 'emergency-sub-center' },
    ]);
  });

  it('refuses attendees outside the subtree, callers without the permission or scope, leaving no rows', async () => {
    const tables = ['org.joint_meeting', 'org.joint_meeting_attendee', 'org.meeting_decision', 'audit.entry'];
    const before = await Promise.all(tables.map(count));
    const input = {
      conveningUnitId: await idOf('513426-ZX'),
      heldOn: '2022-06-01',
      topic: '议题',
      attendees: [{ orgUnitId: await idOf('513426-FZX-02') }],
    };
    const outside = await run(RECORD, { i: { ...input, attendees: [{ orgUnitId: await idOf('610200-ZX') }] } }, HUIDONG);
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(RECORD, { i: input }, TONGCHUAN))).toBe('FORBIDDEN');
    expect(codeOf(await run(RECORD, { i: input }, { subject: 'p', role: 'PROPAGANDA', orgUnitCode: '513426-ZX' }))).toBe('FORBIDDEN');
    const [open] = await sql<{ id: number }>(`SELECT id FROM org.meeting_decision WHERE state = 'OPEN' ORDER BY id LIMIT 1`);
    expect(codeOf(await run(REPORT, { i: { decisionId: String(open.id), state: 'DONE' } }, TONGCHUAN))).toBe('FORBIDDEN');
    expect(codeOf(await run(REPORT, { i: { decisionId: String(open.id), state: 'DONE' } }, EMERGENCY))).toBe('FORBIDDEN');
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });
});

describe('the structure below Tongchuan and Qionglai, and the red sites', () => {
  it("gives Tongchuan's city center its districts and county, with towns, institutes and stations; 照金镇 among them", async () => {
    const res = await run(
      `{ orgUnitByCode(code: "610200-ZX") { children { name level region { code } } descendants(level: STATION, first: 0) { totalCount } } }`,
    );
    const center = res.data!.orgUnitByCode;
    expect(center.children.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining([
        '王益区新时代文明实践中心',
        '印台区新时代文明实践中心',
        '耀州区新时代文明实践中心',
        '宜君县新时代文明实践中心',
      ]),
    );
    expect(
      center.children
        .filter((c: { region: { code: string } | null }) => c.region)
        .every((c: { region: { code: string } }) => c.region.code.startsWith('6102')),
    ).toBe(true);
    expect(center.descendants.totalCount).toBeGreaterThan(10);
    const zhaojin = await run(
      `{ orgUnitByCode(code: "610204100000-SJS") { name ancestors { name } children { level } venues { name kind } } }`,
    );
    expect(zhaojin.data!.orgUnitByCode.name).toBe('照金镇新时代文明实践所');
    expect(zhaojin.data!.orgUnitByCode.ancestors.map((a: { name: string }) => a.name)).toEqual([
      '铜川市新时代文明实践中心',
      '耀州区新时代文明实践中心',
    ]);
    expect(zhaojin.data!.orgUnitByCode.children.length).toBeGreaterThan(0);
  });

  it('finds the three red sites by kind, each name once: the 照金 sites under 照金镇, the museum at the city center', async () => {
    const res = await run(
      `{ venues(filter: { kind: RED_EDUCATION_SITE }, first: 10) { totalCount edges { node { name kind orgUnit { code } } } } }`,
    );
    const sites = res.data!.venues.edges.map((e: { node: { name: string; orgUnit: { code: string } } }) => [
      e.node.name,
      e.node.orgUnit.code,
    ]);
    expect(sites.sort()).toEqual(
      [
        ['照金纪念馆', '610204100000-SJS'],
        ['陈家坡会议旧址', '610204100000-SJS'],
        ['铜川博物馆', '610200-ZX'],
      ].sort(),
    );
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM org.venue WHERE name IN ('照金纪念馆', '陈家坡会议旧址', '铜川博物馆')`,
    );
    expect(n).toBe(3);
  });

  it('gives Qionglai its towns and streets (at least 10 institutes) with stations, 春台社区 among them, codes under 510183', async () => {
    const res =
      await run(`{ orgUnitByCode(code: "510183-ZX") { institutes: descendants(level: INSTITUTE, first: 100) { totalCount edges { node { name region { code } } } }
      stations: descendants(level: STATION, first: 100) { totalCount edges { node { name } } } points: descendants(level: POINT, first: 0) { totalCount } } }`);
    const q = res.data!.orgUnitByCode;
    expect(q.institutes.totalCount).toBeGreaterThanOrEqual(10);
    expect(q.institutes.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      expect.arrayContaining([
        '临邛街道新时代文明实践所',
        '文君街道新时代文明实践所',
        '平乐镇新时代文明实践所',
        '天台山镇新时代文明实践所',
      ]),
    );
    expect(q.institutes.edges.every((e: { node: { region: { code: string } } }) => e.node.region.code.startsWith('510183'))).toBe(true);
    expect(q.stations.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('春台社区新时代文明实践站');
    expect(q.points.totalCount).toBe(15);
  });

  it('names every unit distinctly among its siblings across the whole demo, and every Huidong station distinctly county-wide', async () => {
    const twins = await sql(`SELECT parent_id, name, count(*) FROM org.org_unit GROUP BY parent_id, name HAVING count(*) > 1`);
    expect(twins).toEqual([]);
    const [huidong] = await sql<{ stations: number; names: number }>(
      `SELECT count(*)::int AS stations, count(DISTINCT u.name)::int AS names FROM org.org_unit u, org.org_unit c
       WHERE c.code = '513426-ZX' AND u.path LIKE c.path || '%' AND u.level = 'STATION'`,
    );
    expect(huidong).toEqual({ stations: 204, names: 204 });
    const pilots = await sql<{ name: string }>(
      `SELECT u.name FROM org.org_unit u JOIN org.designation d ON d.org_unit_id = u.id WHERE d.kind = 'PILOT' ORDER BY u.name`,
    );
    expect(pilots.map((p) => p.name).sort()).toEqual(['小岔河村新时代文明实践站', '政通路社区新时代文明实践站'].sort());
  });
});
