import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/**
 * Reads volunteers.volunteer and volunteers.service_record: hours count where the volunteer is
 * registered (home unit), as the volunteers subgraph's own figures do; a record counts in the period it began.
 * For whole months, volunteers.unit_month_rollup has both figures per unit and month: a lateral
 * probe per covered unit, whatever the planner guesses of `covered`.
 */
export const HOURS_PER_VOLUNTEER: IndicatorKindDefinition = {
  kind: IndicatorKind.HOURS_PER_VOLUNTEER,
  facts: `
    SELECT c.unit_id, r.id AS source_id, ${chinaDay('r.started_at')} AS day, coalesce(r.description, '志愿服务') AS label,
           r.hours AS amount, r.volunteer_id AS ref_id
    FROM covered c JOIN volunteers.volunteer v ON v.home_unit_id = c.covered_id
    JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED'
    CROSS JOIN period p
    WHERE ${instantInPeriod('r.started_at')}`,
  denominator: perRankedUnit(
    'count(v.id)',
    `LEFT JOIN covered c ON c.unit_id = r.unit_id
     LEFT JOIN volunteers.volunteer v ON v.home_unit_id = c.covered_id
       AND v.registered_at < p.ends_at AND (v.deregistered_at IS NULL OR v.deregistered_at >= p.ends_at)`,
  ),
  figures: {
    sql: `
      SELECT r.unit_id, coalesce(sum(rolled.hours), 0) AS numerator, coalesce(sum(rolled.people), 0) AS denominator
      FROM ranked r CROSS JOIN period p
      LEFT JOIN covered c ON c.unit_id = r.unit_id
      LEFT JOIN LATERAL (
        SELECT sum(m.service_hours) FILTER (WHERE m.month >= p.first_day) AS hours, sum(m.joined_count - m.left_count) AS people
        FROM volunteers.unit_month_rollup m
        WHERE m.unit_id = c.covered_id AND m.month <= p.last_day
      ) rolled ON true
      GROUP BY r.unit_id`,
    wholeMonthsOnly: true,
  },
  source: EvidenceSource.SERVICE_RECORD,
  amountUnit: '小时',
  formula: '已审核服务时长 ÷ 期末在册志愿者人数',
  maxTarget: null,
};
