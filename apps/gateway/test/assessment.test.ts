import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Assessment (督查考核) and recognition (评优) through the gateway, on a database of the suite's own:
 * Huidong's 2021 ranking of its township institutes in one request, a weight that changes the order,
 * and every write refused without scope and audited with it.
 */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);
const ADMIN: Caller = { role: 'ADMIN', subject: 'province-admin' };
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst' };
const HUIDONG_ADMIN: Caller = { role: 'ORG_ADMIN', subject: 'huidong-admin', orgUnitCode: '513426-ZX' };
const TONGCHUAN_ADMIN: Caller = { role: 'ORG_ADMIN', subject: 'tongchuan-admin', orgUnitCode: '610200-ZX' };
const HUIDONG_OPERATOR: Caller = { role: 'OPERATOR', subject: 'huidong-operator', orgUnitCode: '513426-ZX' };

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const gql = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
  callAs(platform.gateway.url, caller, query, variables);
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

const RANKING = `query Ranking($code: String!) {
  orgUnitByCode(code: $code) {
    name
    assessmentSchemes(first: 10) {
      edges { node {
        id name from to rankedLevel state weightTotal
        indicators { id kind target weight version }
        ranking { rank totalScore unit { id name level } indicators { kind weight target value numerator denominator score } }
      } }
    }
  }
}`;

interface Ranked {
  rank: number;
  totalScore: number;
  unit: { id: string; name: string; level: string };
  indicators: { kind: string; weight: number; target: number; value: number | null; score: number }[];
}
interface Scheme {
  id: string;
  name: string;
  from: string;
  to: string;
  state: string;
  weightTotal: number;
  indicators: { id: string; kind: string; weight: number; version: number }[];
  ranking: Ranked[];
}

async function huidong2021(caller: Caller = ANALYST): Promise<Scheme> {
  const res = await gql(caller, RANKING, { code: '513426-ZX' });
  expect(res.errors).toBeUndefined();
  const schemes: Scheme[] = res.data!.orgUnitByCode.assessmentSchemes.edges.map((e: { node: Scheme }) => e.node);
  const scheme = schemes.find((s) => s.from === '2021-01-01' && s.to === '2021-12-31');
  expect(scheme).toBeDefined();
  return scheme!;
}

describe("Huidong's 2021 assessment", () => {
  it('ranks the 19 township institutes with every indicator’s figures, in one request', async () => {
    const scheme = await huidong2021();
    expect(scheme.state).toBe('PUBLISHED');
    expect(scheme.ranking).toHaveLength(19);
    expect(new Set(scheme.ranking.map((r) => r.unit.level))).toEqual(new Set(['INSTITUTE']));
    const [{ institutes }] = await sql<{ institutes: string[] }>(
      `SELECT array_agg(u.name ORDER BY u.name) AS institutes FROM org.org_unit u JOIN org.org_unit c ON c.id = u.parent_id
       WHERE c.code = '513426-ZX' AND u.level = 'INSTITUTE'`,
    );
    expect(scheme.ranking.map((r) => r.unit.name).sort()).toEqual([...institutes].sort());
    for (const [i, r] of scheme.ranking.entries()) {
      expect(r.indicators.map((x) => x.kind).sort()).toEqual(scheme.indicators.map((x) => x.kind).sort());
      expect(r.totalScore).toBeCloseTo(
        r.indicators.reduce((sum, x) => sum + x.score, 0),
        1,
      );
      for (const x of r.indicators) {
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(x.weight);
      }
      if (i > 0) expect(r.totalScore).toBeLessThanOrEqual(scheme.ranking[i - 1].totalScore);
    }
    expect(scheme.ranking[0].rank).toBe(1);
    expect(new Set(scheme.ranking.map((r) => r.totalScore)).size).toBeGreaterThan(10);
  });

  it('raising the weight of the indicator on which two neighbours differ most swaps them', async () => {
    const scheme = await huidong2021(HUIDONG_ADMIN);
    // The pair and indicator where the lower-ranked unit leads by the most points on one indicator.
    let best: { upper: Ranked; lower: Ranked; kind: string; lead: number } | null = null;
    for (let i = 1; i < scheme.ranking.length; i++) {
      const [upper, lower] = [scheme.ranking[i - 1], scheme.ranking[i]];
      for (const x of lower.indicators) {
        const lead = x.score - upper.indicators.find((y) => y.kind === x.kind)!.score;
        if (lead > 0 && (!best || lead > best.lead)) best = { upper, lower, kind: x.kind, lead };
      }
    }
    expect(best).not.toBeNull();
    const { upper, lower, kind } = best!;
    const indicator = scheme.indicators.find((x) => x.kind === kind)!;
    const scoreOf = (r: Ranked) => r.indicators.find((x) => x.kind === kind)!.score / indicator.weight;
    // Enough weight that the lead on this indicator outweighs the gap in the total.
    const gap = upper.totalScore - lower.totalScore;
    const weight = Math.ceil(indicator.weight + (gap + 1) / (scoreOf(lower) - scoreOf(upper)));
    const updated = await gql(
      HUIDONG_ADMIN,
      `mutation($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { weight version } }`,
      { input: { id: indicator.id, expectedVersion: indicator.version, weight } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAssessmentIndicator.weight).toBe(weight);

    const after = await huidong2021();
    const position = (name: string) => after.ranking.findIndex((r) => r.unit.name === name);
    expect(position(lower.unit.name)).toBeLessThan(position(upper.unit.name));
    expect(after.weightTotal).toBeCloseTo(scheme.weightTotal - indicator.weight + weight, 2);

    const stale = await gql(
      HUIDONG_ADMIN,
      `mutation($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { weight } }`,
      { input: { id: indicator.id, expectedVersion: indicator.version, weight: 1 } },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('drills down from a score to its indicator to the rows behind it', async () => {
    const scheme = await huidong2021();
    const unitId = scheme.ranking[0].unit.id;
    const res = await gql(
      ANALYST,
      `query($id: ID!, $unit: ID!) { orgUnit(id: $unit) { assessment(schemeId: $id) {
         rank indicatorScore(kind: HOURS_PER_VOLUNTEER) { numerator rows(first: 100) { totalCount edges { node { amount } } } } } } }`,
      { id: scheme.id, unit: unitId },
    );
    expect(res.errors).toBeUndefined();
    const score = res.data!.orgUnit.assessment.indicatorScore;
    expect(score.rows.totalCount).toBeGreaterThan(0);
    const paged: number[] = score.rows.edges.map((e: { node: { amount: number } }) => e.node.amount);
    if (score.rows.totalCount <= 100) expect(paged.reduce((a, b) => a + b, 0)).toBeCloseTo(score.numerator, 1);
    else expect(paged).toHaveLength(100);
  });
});

describe('assessment writes need their right and scope, and are audited', () => {
  it('refuses every write to callers without scope, writing nothing', async () => {
    const scheme = await huidong2021(HUIDONG_ADMIN);
    const institute = scheme.ranking[18].unit.id;
    const indicator = scheme.indicators[0];
    const before = await rowCounts();
    const writes: [string, Record<string, unknown>][] = [
      [
        `mutation($input: CreateAssessmentSchemeInput!) { createAssessmentScheme(input: $input) { id } }`,
        {
          input: { ownerUnitId: scheme.ranking[0].unit.id, name: '越权方案', from: '2022-01-01', to: '2022-12-31', rankedLevel: 'STATION' },
        },
      ],
      [
        `mutation($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { id } }`,
        { input: { id: indicator.id, expectedVersion: indicator.version, weight: 99 } },
      ],
      [
        `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`,
        { input: { orgUnitId: institute, inspectedOn: '2021-11-02', inspectors: '县委宣传部督查组', summary: '阵地台账不全' } },
      ],
      [
        `mutation($input: RecordRecognitionInput!) { recordRecognition(input: $input) { id } }`,
        {
          input: {
            schemeId: scheme.id,
            subjectKind: 'UNIT',
            subjectId: scheme.ranking[0].unit.id,
            title: '优秀新时代文明实践所',
            reason: '越权评优',
            recognizedOn: '2022-01-10',
          },
        },
      ],
    ];
    for (const caller of [TONGCHUAN_ADMIN, HUIDONG_OPERATOR, ANALYST]) {
      for (const [query, variables] of writes) {
        const res = await gql(caller, query, variables);
        expect({ caller: caller.subject, query, code: codeOf(res) }).toEqual({ caller: caller.subject, query, code: 'FORBIDDEN' });
      }
    }
    expect(codeOf(await gql({ role: 'ANONYMOUS' }, RANKING, { code: '513426-ZX' }))).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
  });

  it('tracks an inspection’s fix to done and audits every step', async () => {
    const scheme = await huidong2021(HUIDONG_ADMIN);
    const institute = scheme.ranking[18].unit.id;
    const recorded = await gql(
      HUIDONG_ADMIN,
      `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id state } } }`,
      {
        input: {
          orgUnitId: institute,
          schemeId: scheme.id,
          inspectedOn: '2021-11-02',
          inspectors: '县文明办督查组',
          summary: '活动记录不全',
          findings: [{ requiredFix: '补齐2021年活动台账', dueOn: '2021-11-30' }],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const finding = recorded.data!.recordInspection.findings[0];
    expect(finding.state).toBe('OPEN');
    const fixed = await gql(HUIDONG_ADMIN, `mutation($input: ReportFindingFixedInput!) { reportFindingFixed(input: $input) { state } }`, {
      input: { findingId: finding.id, fixedOn: '2021-11-20', report: '台账已补齐' },
    });
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.reportFindingFixed.state).toBe('FIXED');
    const audit = await gql(
      ADMIN,
      `query($f: AuditLogFilter) { auditLog(first: 10, filter: $f) { edges { node { action actor actorOrgUnit } } } }`,
      { f: { actor: 'huidong-admin' } },
    );
    expect(audit.errors).toBeUndefined();
    const actions = audit.data!.auditLog.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['recordInspection', 'reportFindingFixed', 'updateAssessmentIndicator']));
  });
});

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM assessment.scheme) AS schemes, (SELECT sum(weight)::float FROM assessment.indicator) AS weights,
            (SELECT count(*)::int FROM assessment.inspection) AS inspections, (SELECT count(*)::int FROM assessment.recognition) AS recognitions`,
  );
  return row;
}
