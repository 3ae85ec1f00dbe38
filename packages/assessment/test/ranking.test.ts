import { UNIT_TREE } from '@civic/org-tree';
import { startSubgraphHarness, testDatabaseUrl, type GraphQLResponse, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import { IndicatorKind } from '../src/indicator/indicator-kind.enum';
import { isWholeMonths, schemeFiguresStatement } from '../src/ranking/figures.sql';
import { ANALYST, ANONYMOUS, HUIDONG_CENTER, huidongSchemeId, scoped, VOLUNTEER } from './support/callers';

let h: SubgraphHarness;
let schemeId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: testDatabaseUrl() });
  schemeId = await huidongSchemeId(h);
});
afterAll(() => h?.stop());

interface Score {
  kind: string;
  value: number | null;
  target: number;
  weight: number;
  numerator: number;
  denominator: number;
  score: number;
}
interface Ranked {
  rank: number;
  totalScore: number;
  maxScore: number;
  unit: { id: string };
  indicators: Score[];
}

type Reference = 'event' | 'volunteer' | 'station' | 'serviceRequest' | 'trainingProgram';
interface EvidencePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { sourceKind: string; sourceId: string; day: string; amount: number } & Record<Reference, { id: string } | null> }[];
}

const RANKING = `query($id: ID!) { assessmentScheme(id: $id) { name state rankedLevel weightTotal
  ranking { rank totalScore maxScore unit { id } indicators { kind value target weight numerator denominator score } } } }`;

async function ranking(): Promise<Ranked[]> {
  const res = await h.gqlAs(ANALYST, RANKING, { id: schemeId });
  expect(res.errors).toBeUndefined();
  return res.data!.assessmentScheme.ranking;
}

/**
 * The figures of one institute for 2021, counted here another way: subtrees by path prefix, days by
 * their China date rather than instants, each kind in a query of its own.
 */
async function recount(instituteId: string): Promise<Record<string, { numerator: number; denominator: number }>> {
  const [row] = await h.sql<Record<string, string>>(
    `WITH inst AS (SELECT path FROM ${UNIT_TREE} WHERE id = $1),
     sub AS (SELECT u.id, u.level, u.path, u.closed_on FROM ${UNIT_TREE} u, inst WHERE u.path LIKE inst.path || '%'),
     st AS (SELECT id, path FROM sub WHERE level = 'STATION' AND (closed_on IS NULL OR closed_on >= '2021-01-01')),
     ev AS (SELECT e.host_unit_id, (e.held_at AT TIME ZONE 'Asia/Shanghai')::date AS day FROM campaigns.campaign_event e
            WHERE e.voided_at IS NULL AND (e.held_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2021-01-01' AND '2021-12-31'),
     act AS (SELECT a.org_unit_id FROM volunteers.activity a WHERE extract(year FROM a.starts_at AT TIME ZONE 'Asia/Shanghai') = 2021),
     orders AS (SELECT o.* FROM volunteers.service_request o WHERE o.org_unit_id IN (SELECT id FROM sub)
                AND to_char(o.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') = '2021'),
     slots AS (SELECT a.session_id IS NOT NULL AS attended FROM training.enrollment e
               JOIN training.training_program p ON p.id = e.program_id AND p.cancelled_at IS NULL
               JOIN training.training_session s ON s.program_id = p.id AND s.cancelled_at IS NULL
               LEFT JOIN training.session_attendance a ON a.session_id = s.id AND a.enrollment_id = e.id
               WHERE e.participant_unit_id IN (SELECT id FROM sub)
                 AND to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') = '2021')
     SELECT (SELECT count(*) FROM ev WHERE ev.host_unit_id IN (SELECT id FROM sub)) AS events,
            (SELECT count(*) FROM st) AS stations,
            (SELECT count(*) FROM st WHERE EXISTS (SELECT 1 FROM sub h WHERE h.path LIKE st.path || '%'
               AND (h.id IN (SELECT host_unit_id FROM ev) OR h.id IN (SELECT org_unit_id FROM act)))) AS active,
            (SELECT sum(r.hours) FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
             WHERE v.home_unit_id IN (SELECT id FROM sub) AND r.status = 'APPROVED'
               AND to_char(r.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') = '2021') AS hours,
            (SELECT count(*) FROM volunteers.volunteer v WHERE v.home_unit_id IN (SELECT id FROM sub)
               AND v.registered_at < timestamptz '2022-01-01 00:00+08'
               AND (v.deregistered_at IS NULL OR v.deregistered_at >= timestamptz '2022-01-01 00:00+08')) AS volunteers,
            (SELECT count(*) FROM orders WHERE status IN ('COMPLETED', 'RATED')) AS answered,
            (SELECT count(*) FROM orders WHERE status <> 'CANCELLED') AS placed,
            (SELECT coalesce(sum(rating), 0) FROM orders) AS rating_sum,
            (SELECT count(rating) FROM orders) AS rated,
            (SELECT count(DISTINCT (m.org_unit_id, m.kind)) FROM campaigns.customs_reform_measure m JOIN st ON st.id = m.org_unit_id
             WHERE m.adopted_on <= '2021-12-31' AND (m.revoked_on IS NULL OR m.revoked_on > '2021-12-31')) AS measures,
            (SELECT count(*) FILTER (WHERE attended) FROM slots) AS attended,
            (SELECT count(*) FROM slots) AS expected`,
    [instituteId],
  );
  const n = (key: string) => Number(row[key] ?? 0);
  return {
    EVENTS_PER_STATION_MONTH: { numerator: n('events'), denominator: n('stations') * 12 },
    ACTIVE_STATION_SHARE: { numerator: n('active'), denominator: n('stations') },
    HOURS_PER_VOLUNTEER: { numerator: n('hours'), denominator: n('volunteers') },
    ORDERS_ANSWERED_SHARE: { numerator: n('answered'), denominator: n('placed') },
    ORDER_RATING: { numerator: n('rating_sum'), denominator: n('rated') },
    CUSTOMS_REFORM_COVERAGE: { numerator: n('measures'), denominator: n('stations') * 2 },
    TRAINING_ATTENDANCE: { numerator: n('attended'), denominator: n('expected') },
  };
}

describe("Huidong's 2021 ranking of its township institutes (会东县2021年度考核)", () => {
  it('ranks the 19 institutes, each once, with ranks that follow the totals and totals that add up the indicator scores', async () => {
    const rows = await ranking();
    const institutes = await h.sql<{ id: string }>(
      `SELECT u.id::text FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} c ON c.id = u.parent_id WHERE c.code = $1 AND u.level = 'INSTITUTE' ORDER BY u.id`,
      [HUIDONG_CENTER],
    );
    expect(rows).toHaveLength(19);
    expect(rows.map((row) => row.unit.id).sort()).toEqual(institutes.map((row) => row.id).sort());
    rows.forEach((row, i) => {
      expect(row.rank).toBe(1 + rows.filter((other) => other.totalScore > row.totalScore).length);
      if (i > 0) expect(row.totalScore).toBeLessThanOrEqual(rows[i - 1].totalScore);
      expect(row.maxScore).toBe(100);
      expect(row.totalScore).toBeCloseTo(
        row.indicators.reduce((sum, s) => sum + s.score, 0),
        2,
      );
      for (const s of row.indicators) {
        expect(s.score).toBeCloseTo(s.denominator === 0 ? 0 : s.weight * Math.min(s.numerator / s.denominator / s.target, 1), 2);
      }
    });
    expect(new Set(rows.map((row) => row.totalScore)).size).toBeGreaterThan(15);
    expect(rows[0].totalScore).toBeGreaterThan(rows[18].totalScore);
  });

  it('gives each indicator of the first and the last institute the value an independent recount finds', async () => {
    const rows = await ranking();
    for (const row of [rows[0], rows[18]]) {
      const expected = await recount(row.unit.id);
      expect(row.indicators.map((s) => s.kind).sort()).toEqual(Object.keys(expected).sort());
      for (const s of row.indicators) {
        const { numerator, denominator } = expected[s.kind];
        expect({ kind: s.kind, numerator: s.numerator, denominator: s.denominator }).toEqual({ kind: s.kind, numerator, denominator });
        if (denominator === 0) expect(s.value).toBeNull();
        else expect(s.value).toBeCloseTo(numerator / denominator, 4);
      }
    }
  });

  it('gives the same figures by its faster SQL (monthly roll-ups, probes per unit) as by summing the rows, for every kind', async () => {
    const [center] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = $1`, [HUIDONG_CENTER]);
    const kinds = Object.values(IndicatorKind);
    for (const [from, to] of [
      ['2021-01-01', '2021-12-31'],
      ['2021-03-01', '2021-03-31'],
      ['2020-07-01', '2022-06-30'],
      ['2021-02-10', '2021-11-20'],
    ]) {
      const scope = { ownerUnitId: center.id, rankedLevel: 'INSTITUTE', from, to };
      const figures = async (reference: boolean) => {
        const { sql, params } = schemeFiguresStatement(scope, kinds, { reference });
        return (await h.sql<{ unit_id: number; kind: string; numerator: string; denominator: string }>(sql, params)).map((row) => ({
          ...row,
          numerator: Number(row.numerator),
          denominator: Number(row.denominator),
        }));
      };
      const fromRows = await figures(true);
      expect(fromRows).toHaveLength(19 * kinds.length);
      expect(fromRows.some((row) => row.kind === IndicatorKind.HOURS_PER_VOLUNTEER && row.numerator > 0)).toBe(true);
      expect(await figures(false)).toEqual(fromRows);
    }
    expect([isWholeMonths('2021-01-01', '2021-12-31'), isWholeMonths('2024-02-01', '2024-02-29')]).toEqual([true, true]);
    expect([isWholeMonths('2021-01-02', '2021-12-31'), isWholeMonths('2023-02-01', '2023-02-27')]).toEqual([false, false]);
  });

  it('keeps the figures a while: a second read within the max age runs no figures statement and shows when they were read', async () => {
    const asOf = `query($id: ID!) { assessmentScheme(id: $id) { rankingAsOf ranking { rank figuresAsOf } } }`;
    const first = await h.gqlAs(ANALYST, asOf, { id: schemeId });
    const before = h.subgraphs.assessment.database.queries.total;
    const second = await h.gqlAs(ANALYST, asOf, { id: schemeId });
    const statements = h.subgraphs.assessment.database.queries.total - before;
    expect(second.data).toEqual(first.data);
    const readAt = Date.parse(second.data!.assessmentScheme.rankingAsOf);
    expect(Date.now() - readAt).toBeLessThan(60_000);
    expect(second.data!.assessmentScheme.ranking.every((row: { figuresAsOf: string }) => Date.parse(row.figuresAsOf) === readAt)).toBe(
      true,
    );
    expect(statements).toBeLessThanOrEqual(2); // the scheme and its indicators, not the figures
  });

  it('runs on connections that never JIT-compile (compiling cost a county ranking 357 ms of 443)', async () => {
    const [setting] = await h.subgraphs.assessment.database.dataSource.query(`SHOW jit`);
    expect(setting).toEqual({ jit: 'off' });
  });

  it('lists the rows behind every figure of an institute, page by page: one per source row, adding up to the numerator', async () => {
    const [first] = await ranking();
    const query = `query($unit: ID!, $scheme: ID!, $kind: AssessmentIndicatorKind!, $after: String) {
      _entities(representations: [{ __typename: "OrgUnit", id: $unit }]) { ... on OrgUnit { assessment(schemeId: $scheme) {
        indicatorScore(kind: $kind) { numerator rows(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { sourceKind sourceId day amount unit event { id } volunteer { id } station { id } serviceRequest { id } trainingProgram { id } } } } } } } } }`;
    const REFERENCE: Record<string, Reference> = {
      CAMPAIGN_EVENT: 'event',
      SERVICE_RECORD: 'volunteer',
      SERVICE_REQUEST: 'serviceRequest',
      STATION: 'station',
      CUSTOMS_REFORM_MEASURE: 'station',
      TRAINING_ENROLLMENT: 'trainingProgram',
    };
    for (const s of first.indicators) {
      let [sum, count, total, after]: [number, number, number, string | null] = [0, 0, -1, null];
      const ids = new Set<string>();
      do {
        const res: GraphQLResponse<{ _entities: { assessment: { indicatorScore: { rows: EvidencePage } } }[] }> = await h.gqlAs(
          ANALYST,
          query,
          {
            unit: first.unit.id,
            scheme: schemeId,
            kind: s.kind,
            after,
          },
        );
        expect(res.errors).toBeUndefined();
        const rows: EvidencePage = res.data!._entities[0].assessment.indicatorScore.rows;
        total = rows.totalCount;
        for (const { node } of rows.edges) {
          sum += node.amount;
          count += 1;
          ids.add(node.sourceId);
          const references = Object.values(REFERENCE).filter((field, i, all) => all.indexOf(field) === i && node[field] !== null);
          expect(references).toEqual([REFERENCE[node.sourceKind]]);
          if (node.sourceKind === 'CAMPAIGN_EVENT' || node.sourceKind === 'STATION')
            expect(node[REFERENCE[node.sourceKind]]?.id).toBe(node.sourceId);
          expect(node.day <= '2021-12-31').toBe(true);
        }
        after = rows.pageInfo.hasNextPage ? rows.pageInfo.endCursor : null;
      } while (after);
      expect({ kind: s.kind, sum: Math.round(sum * 100) / 100, count, distinct: ids.size }).toEqual({
        kind: s.kind,
        sum: s.numerator,
        count: total,
        distinct: total,
      });
    }
  });

  it('is read by staff roles and analysts; callers without a token are UNAUTHENTICATED and volunteers FORBIDDEN', async () => {
    const query = `query($id: ID!) { assessmentScheme(id: $id) { ranking { rank } } }`;
    for (const caller of [scoped('OPERATOR', '513426101000-SJS'), scoped('PROPAGANDA', HUIDONG_CENTER), ANALYST]) {
      const res = await h.gqlAs(caller, query, { id: schemeId });
      expect(res.errors).toBeUndefined();
      expect(res.data!.assessmentScheme.ranking).toHaveLength(19);
    }
    expect((await h.gqlAs(ANONYMOUS, query, { id: schemeId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.gqlAs(VOLUNTEER, query, { id: schemeId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unit = `query($id: ID!) { _entities(representations: [{ __typename: "OrgUnit", id: "1" }]) { ... on OrgUnit { assessment(schemeId: $id) { rank } } } }`;
    expect((await h.gqlAs(ANONYMOUS, unit, { id: schemeId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
