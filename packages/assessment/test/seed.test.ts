import { subtreeOfCode } from '@civic/org-tree';
import { startSubgraphHarness, testDatabaseUrl, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import { IndicatorKind } from '../src/indicator/indicator-kind.enum';
import { ANALYST, HUIDONG_2021, HUIDONG_CENTER, huidongSchemeId, unitIdOf } from './support/callers';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: testDatabaseUrl() });
});
afterAll(() => h?.stop());

/** The ids of the teams (by the service they were with) or volunteers (who served) of Huidong with the most approved hours of 2021. */
async function mostHours(table: string, unitColumn: string, recordColumn: string, count: number): Promise<string[]> {
  const rows = await h.sql<{ id: string }>(
    `SELECT s.id::text FROM ${table} s JOIN ${subtreeOfCode('$1')} u ON u.id = s.${unitColumn}
     JOIN volunteers.service_record r ON r.${recordColumn} = s.id AND r.status = 'APPROVED'
       AND (r.started_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2021-01-01' AND '2021-12-31'
     GROUP BY s.id ORDER BY sum(r.hours) DESC, s.id LIMIT $2`,
    [HUIDONG_CENTER, count],
  );
  return rows.map((row) => row.id);
}

describe("the assessment demo data (Huidong's 2021 assessment)", () => {
  it('publishes the 2021 scheme of the county center, ranking institutes with every indicator of the catalogue, weights adding up to 100', async () => {
    const res = await h.gqlAs(
      ANALYST,
      `query($id: ID!) { assessmentScheme(id: $id) { name state from to rankedLevel weightTotal ownerUnit { id } indicators { kind target weight } } }`,
      { id: await huidongSchemeId(h) },
    );
    const scheme = res.data!.assessmentScheme;
    expect(scheme).toMatchObject({
      name: HUIDONG_2021,
      state: 'PUBLISHED',
      from: '2021-01-01',
      to: '2021-12-31',
      rankedLevel: 'INSTITUTE',
      weightTotal: 100,
    });
    expect(scheme.ownerUnit.id).toBe(await unitIdOf(h, HUIDONG_CENTER));
    expect(scheme.indicators.map((indicator: { kind: string }) => indicator.kind).sort()).toEqual(Object.values(IndicatorKind).sort());
  });

  it('holds a few inspections of 2021 with fixes in every state, one of them overdue', async () => {
    const [row] = await h.sql<{ inspections: number; of2021: number; states: string[]; overdue: number }>(
      `SELECT (SELECT count(*) FROM assessment.inspection)::int AS inspections,
              (SELECT count(*) FROM assessment.inspection WHERE inspected_on BETWEEN '2021-01-01' AND '2021-12-31')::int AS of2021,
              (SELECT array_agg(DISTINCT state ORDER BY state) FROM assessment.inspection_finding) AS states,
              (SELECT count(*) FROM assessment.inspection_finding WHERE state = 'OPEN' AND due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date)::int AS overdue`,
    );
    expect(row.inspections).toBeGreaterThanOrEqual(3);
    expect(row.inspections).toBeLessThanOrEqual(5);
    expect(row.of2021).toBe(row.inspections);
    expect(row.states).toEqual(['FIXED', 'OPEN', 'VERIFIED']);
    expect(row.overdue).toBe(1);
  });

  it('recognises the top three institutes of the ranking, and the two teams and five volunteers with the most hours of 2021', async () => {
    const schemeId = await huidongSchemeId(h);
    const res = await h.gqlAs(
      ANALYST,
      `query($id: ID!) { assessmentScheme(id: $id) { ranking { rank totalScore unit { id } }
        recognitions(first: 20) { edges { node { subjectKind title rankAtTime scoreAtTime unit { id } team { id } volunteer { id } } } } } }`,
      { id: schemeId },
    );
    const { ranking, recognitions } = res.data!.assessmentScheme;
    const nodes = recognitions.edges.map((edge: { node: unknown }) => edge.node);
    const of = (kind: string) => nodes.filter((node: { subjectKind: string }) => node.subjectKind === kind);
    expect(of('UNIT')).toEqual(
      ranking.slice(0, 3).map((row: { rank: number; totalScore: number; unit: { id: string } }) => ({
        subjectKind: 'UNIT',
        title: '优秀新时代文明实践所',
        rankAtTime: row.rank,
        scoreAtTime: row.totalScore,
        unit: row.unit,
        team: null,
        volunteer: null,
      })),
    );
    expect(of('TEAM').map((node: { team: { id: string } }) => node.team.id)).toEqual(
      await mostHours('volunteers.volunteer_team', 'org_unit_id', 'team_id', 2),
    );
    expect(of('VOLUNTEER').map((node: { volunteer: { id: string } }) => node.volunteer.id)).toEqual(
      await mostHours('volunteers.volunteer', 'home_unit_id', 'volunteer_id', 5),
    );
  });

  it('loads only once', async () => {
    const before = await h.sql(`SELECT count(*)::int AS n FROM assessment.recognition`);
    await expect(assessmentSubgraph.seedDemo!(h.subgraphs.assessment.database.dataSource)).resolves.toBe(false);
    await expect(h.sql(`SELECT count(*)::int AS n FROM assessment.recognition`)).resolves.toEqual(before);
    await expect(h.sql(`SELECT name FROM assessment.seed_runs`)).resolves.toEqual([{ name: 'huidong-2021' }]);
  });
});
