import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import {
  ANALYST,
  ANONYMOUS,
  auditActions,
  HUIDONG_CENTER,
  huidongInstituteAndStation,
  huidongSchemeId,
  rowCounts,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

let h: SubgraphHarness;
let unit: Awaited<ReturnType<typeof huidongInstituteAndStation>>;
let schemeId: string;
const inspector = () => scoped('ORG_ADMIN', unit.institute);

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: await createScratchDatabase() });
  unit = await huidongInstituteAndStation(h);
  schemeId = await huidongSchemeId(h);
}, 120000);
afterAll(() => h?.stop());

const FINDING = `id requiredFix dueOn state overdue fixedOn fixReport fixedBy verifiedOn verificationNote verifiedBy`;
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
  id inspectedOn inspectors orgUnit { id } scheme { id } openFindingCount overdueFindingCount findings { ${FINDING} } } }`;
const ADD = `mutation($input: AddInspectionFindingInput!) { addInspectionFinding(input: $input) { id findings { ${FINDING} } } }`;
const FIXED = `mutation($input: ReportFindingFixedInput!) { reportFindingFixed(input: $input) { ${FINDING} inspection { id openFindingCount } } }`;
const VERIFY = `mutation($input: VerifyFindingFixInput!) { verifyFindingFix(input: $input) { ${FINDING} } }`;
const OVERDUE = `query($id: ID!, $scope: StatsScope) { _entities(representations: [{ __typename: "OrgUnit", id: $id }]) {
  ... on OrgUnit { overdueFindingCount(scope: $scope) } } }`;

const inspection = (overrides: Record<string, unknown> = {}) => ({
  orgUnitId: unit.stationId,
  schemeId,
  inspectedOn: '2022-03-10',
  inspectors: '乡镇文明实践所督查组',
  summary: '阵地开放时间不固定，活动记录不全',
  findings: [
    { requiredFix: '公示阵地开放时间并按时开放', dueOn: '2022-04-10' },
    { requiredFix: '补齐一季度活动记录', dueOn: '2022-03-31' },
  ],
  ...overrides,
});

async function overdueAt(id: string, scope: string | null = null): Promise<number> {
  const res = await h.gqlAs(ANALYST, OVERDUE, { id, scope });
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].overdueFindingCount;
}

describe('an inspection and its required fixes, tracked to done (督查整改)', () => {
  let inspectionId: string;
  let findings: { id: string }[];

  it('refuses an inspection from callers without the permission or outside their subtree, or with fixes due before it, leaving no rows', async () => {
    const before = await rowCounts(h);
    const tongchuan = await unitIdOf(h, TONGCHUAN_CENTER);
    const cases = [
      { caller: scoped('OPERATOR', unit.institute), input: inspection(), code: 'FORBIDDEN' },
      { caller: scoped('PROPAGANDA', HUIDONG_CENTER), input: inspection(), code: 'FORBIDDEN' },
      { caller: scoped('ORG_ADMIN', '513426118000-SJS'), input: inspection(), code: 'FORBIDDEN' },
      { caller: VOLUNTEER, input: inspection(), code: 'FORBIDDEN' },
      { caller: ANONYMOUS, input: inspection(), code: 'UNAUTHENTICATED' },
      { caller: scoped('ORG_ADMIN', TONGCHUAN_CENTER), input: inspection({ orgUnitId: tongchuan }), code: 'BAD_USER_INPUT' },
      { caller: inspector(), input: inspection({ findings: [{ requiredFix: '补齐台账', dueOn: '2022-03-01' }] }), code: 'BAD_USER_INPUT' },
      { caller: inspector(), input: inspection({ inspectedOn: '2999-01-01' }), code: 'BAD_USER_INPUT' },
      { caller: inspector(), input: inspection({ schemeId: '424242' }), code: 'NOT_FOUND' },
    ];
    for (const { caller, input, code } of cases) {
      const res = await h.gqlAs(caller, RECORD, { input });
      expect({ input, code: res.errors?.[0].extensions?.code }).toEqual({ input, code });
    }
    const early = await h.gqlAs(inspector(), RECORD, {
      input: inspection({ findings: [{ requiredFix: '补齐台账', dueOn: '2022-03-01' }] }),
    });
    expect(early.errors?.[0].extensions?.argument).toBe('input.findings.0.dueOn');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('records an inspection of a station with its fixes, all OPEN, audited', async () => {
    const res = await h.gqlAs(inspector(), RECORD, { input: inspection() });
    expect(res.errors).toBeUndefined();
    const recorded = res.data!.recordInspection;
    expect(recorded).toMatchObject({
      inspectedOn: '2022-03-10',
      orgUnit: { id: unit.stationId },
      scheme: { id: schemeId },
      openFindingCount: 2,
      overdueFindingCount: 2,
    });
    expect(recorded.findings.map((f: { state: string; overdue: boolean }) => [f.state, f.overdue])).toEqual([
      ['OPEN', true],
      ['OPEN', true],
    ]);
    inspectionId = recorded.id;
    findings = recorded.findings;
    expect(await auditActions(h, 'Inspection', inspectionId)).toEqual(['recordInspection']);
    expect(await auditActions(h, 'InspectionFinding', findings[0].id)).toEqual(['addInspectionFinding']);
  });

  it('counts the overdue fixes at the station and, by default, at every unit above it', async () => {
    const beforeStation = await overdueAt(unit.stationId);
    expect(beforeStation).toBe(2);
    expect(await overdueAt(unit.instituteId, 'SELF')).toBe(0);
    expect(await overdueAt(unit.instituteId)).toBeGreaterThanOrEqual(2);
    const county = await overdueAt(await unitIdOf(h, HUIDONG_CENTER));
    const [{ open }] = await h.sql<{ open: number }>(
      `SELECT count(*)::int AS open FROM assessment.inspection_finding WHERE state = 'OPEN' AND due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    );
    expect(county).toBe(open);
  });

  it('moves a fix OPEN → FIXED → VERIFIED, each step dated, by whom, audited; any other move is CONFLICT and changes nothing', async () => {
    const [first] = findings;
    const verifyEarly = await h.gqlAs(inspector(), VERIFY, { input: { findingId: first.id, verifiedOn: '2022-04-01' } });
    expect(verifyEarly.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'OPEN' });
    const beforeInspection = await h.gqlAs(inspector(), FIXED, { input: { findingId: first.id, fixedOn: '2022-03-01', report: '已公示' } });
    expect(beforeInspection.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.fixedOn' });
    const outside = await h.gqlAs(scoped('ORG_ADMIN', TONGCHUAN_CENTER), FIXED, {
      input: { findingId: first.id, fixedOn: '2022-03-20', report: '越权' },
    });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const fixed = await h.gqlAs(inspector(), FIXED, {
      input: { findingId: first.id, fixedOn: '2022-03-20', report: ' 已在站门口公示开放时间 ' },
    });
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.reportFindingFixed).toMatchObject({
      state: 'FIXED',
      overdue: false,
      fixedOn: '2022-03-20',
      fixReport: '已在站门口公示开放时间',
      fixedBy: inspector().subject,
      inspection: { id: inspectionId, openFindingCount: 1 },
    });
    expect(
      (await h.gqlAs(inspector(), FIXED, { input: { findingId: first.id, fixedOn: '2022-03-21', report: '再报' } })).errors?.[0].extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      state: 'FIXED',
    });
    const beforeFix = await h.gqlAs(inspector(), VERIFY, { input: { findingId: first.id, verifiedOn: '2022-03-19' } });
    expect(beforeFix.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.verifiedOn' });

    const checker = scoped('ORG_ADMIN', HUIDONG_CENTER);
    const verified = await h.gqlAs(checker, VERIFY, { input: { findingId: first.id, verifiedOn: '2022-04-02', note: '现场核实' } });
    expect(verified.data!.verifyFindingFix).toMatchObject({
      state: 'VERIFIED',
      verifiedOn: '2022-04-02',
      verificationNote: '现场核实',
      verifiedBy: checker.subject,
    });
    const counts = await rowCounts(h);
    expect(
      (await h.gqlAs(checker, VERIFY, { input: { findingId: first.id, verifiedOn: '2022-04-03' } })).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    expect(await rowCounts(h)).toEqual(counts);
    expect(await auditActions(h, 'InspectionFinding', first.id)).toEqual([
      'addInspectionFinding',
      'reportFindingFixed',
      'verifyFindingFix',
    ]);
    expect(await overdueAt(unit.stationId)).toBe(1);
  });

  it('adds a further fix to the inspection, and lists the unit’s inspections by the state of their fixes', async () => {
    const added = await h.gqlAs(inspector(), ADD, { input: { inspectionId, requiredFix: '更换破损的阵地标牌', dueOn: '2099-12-31' } });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addInspectionFinding.findings.map((f: { state: string; overdue: boolean }) => [f.state, f.overdue])).toEqual([
      ['VERIFIED', false],
      ['OPEN', true],
      ['OPEN', false],
    ]);
    const early = await h.gqlAs(inspector(), ADD, { input: { inspectionId, requiredFix: '早于督查', dueOn: '2022-03-09' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.dueOn' });

    const list = `query($id: ID!, $filter: InspectionFilter, $order: InspectionOrder) { _entities(representations: [{ __typename: "OrgUnit", id: $id }]) {
      ... on OrgUnit { inspections(filter: $filter, orderBy: $order) { totalCount edges { node { id inspectedOn } } } } } }`;
    const read = async (id: string, filter: Record<string, unknown> | null, order: Record<string, unknown> | null = null) =>
      (await h.gqlAs(ANALYST, list, { id, filter, order })).data!._entities[0].inspections;
    const verifiedHere = await read(unit.stationId, { scope: 'SELF', findingState: 'VERIFIED' });
    expect(verifiedHere.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(inspectionId);
    const county = await unitIdOf(h, HUIDONG_CENTER);
    const all = await read(county, null);
    const [{ total }] = await h.sql<{ total: number }>(`SELECT count(*)::int AS total FROM assessment.inspection`);
    expect(all.totalCount).toBe(total);
    const days = all.edges.map((edge: { node: { inspectedOn: string } }) => edge.node.inspectedOn);
    expect(days).toEqual([...days].sort().reverse());
    const of2021 = await read(county, { from: '2021-01-01', to: '2021-12-31' }, { field: 'INSPECTED_ON' });
    expect(
      of2021.edges.map((edge: { node: { inspectedOn: string } }) => edge.node.inspectedOn).every((day: string) => day.startsWith('2021')),
    ).toBe(true);
    expect(of2021.totalCount).toBe(total - 1);
    expect((await h.gqlAs(ANONYMOUS, list, { id: county, filter: null, order: null })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
