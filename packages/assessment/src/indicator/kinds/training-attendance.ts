import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/**
 * Reads training.enrollment, training_program, training_session and session_attendance: trainees count
 * at the unit their enrollment names; each is expected at every session of its program begun in the
 * period (programs and sessions not cancelled).
 */
const SESSIONS_EXPECTED = `
    covered c JOIN training.enrollment e ON e.participant_unit_id = c.covered_id
    JOIN training.training_program pr ON pr.id = e.program_id AND pr.cancelled_at IS NULL
    JOIN training.training_session s ON s.program_id = pr.id AND s.cancelled_at IS NULL
    CROSS JOIN period p`;

/**
 * Per covered unit, its trainees' sessions in the period and how many they attended: a lateral probe
 * per unit (enrollments by participant unit, sessions by program), whatever the planner guesses of
 * `covered`, instead of every session of the period across the province.
 */
const ATTENDANCE_OF_COVERED_UNIT = `
    covered c CROSS JOIN period p
    CROSS JOIN LATERAL (
      SELECT count(*) AS expected, count(a.session_id) AS attended
      FROM training.enrollment e
      JOIN training.training_program pr ON pr.id = e.program_id AND pr.cancelled_at IS NULL
      JOIN training.training_session s ON s.program_id = pr.id AND s.cancelled_at IS NULL AND ${instantInPeriod('s.starts_at')}
      LEFT JOIN training.session_attendance a ON a.session_id = s.id AND a.enrollment_id = e.id
      WHERE e.participant_unit_id = c.covered_id
    ) sessions`;

export const TRAINING_ATTENDANCE: IndicatorKindDefinition = {
  kind: IndicatorKind.TRAINING_ATTENDANCE,
  facts: `
    SELECT c.unit_id, e.id AS source_id, min(${chinaDay('s.starts_at')}) AS day, pr.title AS label,
           count(a.session_id)::numeric AS amount, pr.id AS ref_id
    FROM ${SESSIONS_EXPECTED}
    LEFT JOIN training.session_attendance a ON a.session_id = s.id AND a.enrollment_id = e.id
    WHERE ${instantInPeriod('s.starts_at')}
    GROUP BY c.unit_id, e.id, pr.id, pr.title`,
  denominator: perRankedUnit(
    'coalesce(sum(expected.sessions), 0)',
    `LEFT JOIN (SELECT c.unit_id, count(*) AS sessions FROM ${SESSIONS_EXPECTED} WHERE ${instantInPeriod('s.starts_at')} GROUP BY c.unit_id) expected
       ON expected.unit_id = r.unit_id`,
  ),
  figures: {
    sql: `
      SELECT r.unit_id, coalesce(sum(sessions.attended), 0) AS numerator, coalesce(sum(sessions.expected), 0) AS denominator
      FROM ranked r LEFT JOIN (${ATTENDANCE_OF_COVERED_UNIT}) ON c.unit_id = r.unit_id
      GROUP BY r.unit_id`,
    wholeMonthsOnly: false,
  },
  source: EvidenceSource.TRAINING_ENROLLMENT,
  amountUnit: '次',
  formula: '出勤场次 ÷ 应出勤场次（学员 × 期内培训课次）',
  maxTarget: 1,
};
