import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import { auditActions, HUIDONG_CENTER, huidongInstituteAndStation, huidongSchemeId, scoped } from './support/callers';

let h: SubgraphHarness;
let schemeId: string;

beforeAll(async () => {
  // every read computes its figures here, so the statements of a computation can be counted
  process.env.ASSESSMENT_FIGURES_MAX_AGE_SECONDS = '0';
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: await createScratchDatabase() });
  schemeId = await huidongSchemeId(h);
}, 120000);
afterAll(() => h?.stop());

interface Ranked {
  rank: number;
  totalScore: number;
  unit: { id: string };
  indicators: { indicator: { id: string; version: number }; kind: string; weight: number; score: number }[];
}

const RANKING = `query($id: ID!) { assessmentScheme(id: $id) { ranking { rank totalScore unit { id }
  indicators { indicator { id version } kind weight score } } } }`;
const UPDATE = `mutation($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { id weight target version } }`;

async function ranking(id: string): Promise<Ranked[]> {
  const res = await h.gql(RANKING, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.assessmentScheme.ranking;
}

describe('weights (分值) and the ranking', () => {
  it('puts the lower of two adjacent institutes above the other once the indicator it leads on most weighs enough', async () => {
    const rows = await ranking(schemeId);
    // For each pair of adjacent institutes, the indicator on which the lower one's share of the weight beats the upper one's most.
    const candidates = rows.slice(1).flatMap((lower, i) => {
      const upper = rows[i];
      if (upper.totalScore === lower.totalScore) return [];
      return lower.indicators.map((own, k) => ({
        upper,
        lower,
        indicator: own.indicator,
        weight: own.weight,
        lead: own.score / own.weight - upper.indicators[k].score / upper.indicators[k].weight,
      }));
    });
    const best = candidates.reduce((a, b) => (b.lead > a.lead ? b : a));
    expect(best.lead).toBeGreaterThan(0);
    const gap = best.upper.totalScore - best.lower.totalScore;
    const weight = Math.ceil(best.weight + gap / best.lead + 1);

    const res = await h.gqlAs(scoped('ORG_ADMIN', HUIDONG_CENTER), UPDATE, {
      input: { id: best.indicator.id, expectedVersion: best.indicator.version, weight },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAssessmentIndicator).toMatchObject({ weight, version: best.indicator.version + 1 });

    const after = await ranking(schemeId);
    const rankOf = (unit: { id: string }) => after.find((row) => row.unit.id === unit.id)!.rank;
    expect(rankOf(best.lower.unit)).toBeLessThan(rankOf(best.upper.unit));
    expect(await auditActions(h, 'AssessmentIndicator', best.indicator.id)).toEqual(['updateAssessmentIndicator']);
    const [entry] = await h.sql<{ changes: Record<string, { from: number; to: number }> }>(
      `SELECT changes FROM audit.entry WHERE entity_type = 'AssessmentIndicator' AND $1 = ANY(entity_ids)`,
      [best.indicator.id],
    );
    expect(entry.changes).toEqual({ weight: { from: best.weight, to: weight } });
  });

  it('refuses an edit made on a stale copy with CONFLICT, changing nothing', async () => {
    const [row] = await ranking(schemeId);
    const { indicator, weight } = row.indicators[0];
    const first = await h.gql(UPDATE, { input: { id: indicator.id, expectedVersion: indicator.version, weight: weight + 1 } });
    expect(first.data!.updateAssessmentIndicator.version).toBe(indicator.version + 1);
    const stale = await h.gql(UPDATE, { input: { id: indicator.id, expectedVersion: indicator.version, weight: 7 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: indicator.version + 1 });
    const [again] = await ranking(schemeId);
    expect(again.indicators[0]).toMatchObject({ weight: weight + 1, indicator: { version: indicator.version + 1 } });
  });

  it('computes a whole county in as many statements as a township with fewer units: a fixed few, whatever the number of units', async () => {
    const admin = scoped('ORG_ADMIN', HUIDONG_CENTER);
    const { instituteId } = await huidongInstituteAndStation(h);
    const created = await h.gqlAs(
      admin,
      `mutation($input: CreateAssessmentSchemeInput!) { createAssessmentScheme(input: $input) { id } }`,
      {
        input: { ownerUnitId: instituteId, name: '村级实践站2021年度考核', from: '2021-01-01', to: '2021-12-31', rankedLevel: 'STATION' },
      },
    );
    expect(created.errors).toBeUndefined();
    const stationScheme = created.data!.createAssessmentScheme.id;
    const kinds = await h.sql<{ kind: string; target: string; weight: string }>(
      `SELECT kind, target::text, weight::text FROM assessment.indicator WHERE scheme_id = $1 ORDER BY id`,
      [schemeId],
    );
    for (const { kind, target, weight } of kinds) {
      const added = await h.gqlAs(
        admin,
        `mutation($input: AddAssessmentIndicatorInput!) { addAssessmentIndicator(input: $input) { id } }`,
        {
          input: { schemeId: stationScheme, kind, target: Number(target), weight: Number(weight) },
        },
      );
      expect(added.errors).toBeUndefined();
    }

    const statements = async (id: string) => {
      const before = h.subgraphs.assessment.database.queries.total;
      const rows = await ranking(id);
      return { units: rows.length, statements: h.subgraphs.assessment.database.queries.total - before };
    };
    const county = await statements(schemeId);
    const township = await statements(stationScheme);
    expect(county.units).toBe(19);
    expect(township.units).toBeGreaterThan(5);
    expect(township.units).toBeLessThan(19);
    expect(county.statements).toBe(township.statements);
    expect(county.statements).toBeLessThanOrEqual(8);
  });
});
