import type { Client } from 'pg';
import type { OrgPlan } from './plan-org';
import type { Progress } from './progress';

/** The indicators of every synthetic county's scheme: kind, target, weight (weights sum to 100). */
const INDICATORS: [string, number, number][] = [
  ['EVENTS_PER_STATION_MONTH', 2, 20],
  ['ACTIVE_STATION_SHARE', 0.9, 15],
  ['HOURS_PER_VOLUNTEER', 10, 20],
  ['ORDERS_ANSWERED_SHARE', 0.95, 10],
  ['ORDER_RATING', 4.5, 10],
  ['CUSTOMS_REFORM_COVERAGE', 1, 15],
  ['TRAINING_ATTENDANCE', 0.8, 10],
];

/** A published 2021 assessment scheme (考核方案) per county center, ranking its township institutes on the whole catalogue. */
export async function writeAssessment(client: Client, plan: OrgPlan, progress: Progress): Promise<void> {
  await progress.table('assessment.scheme', async () => {
    const { rowCount } = await client.query(
      `INSERT INTO assessment.scheme (owner_unit_id, name, period_from, period_to, ranked_level, state, published_at, created_by)
       SELECT u.id, u.name || '2021年度考核', '2021-01-01', '2021-12-31', 'INSTITUTE', 'PUBLISHED', now(), 'seed-scale'
       FROM unnest($1::int[]) AS c(id) JOIN org.org_unit u ON u.id = c.id ORDER BY u.id`,
      [plan.counties.map((c) => c.centerId)],
    );
    return rowCount ?? 0;
  });
  await progress.table('assessment.indicator', async () => {
    const { rowCount } = await client.query(
      `INSERT INTO assessment.indicator (scheme_id, kind, target, weight, created_by)
       SELECT s.id, i.kind, i.target, i.weight, 'seed-scale'
       FROM assessment.scheme s CROSS JOIN unnest($1::text[], $2::numeric[], $3::numeric[]) AS i(kind, target, weight)
       WHERE s.created_by = 'seed-scale' ORDER BY s.id, i.kind`,
      [INDICATORS.map((i) => i[0]), INDICATORS.map((i) => i[1]), INDICATORS.map((i) => i[2])],
    );
    return rowCount ?? 0;
  });
}
