import { describeEnum } from '@civic/subgraph-kit';

/** The catalogue of indicators: each kind is one computation (see ./kinds), over a unit's subtree and a scheme's period. */
export enum IndicatorKind {
  EVENTS_PER_STATION_MONTH = 'EVENTS_PER_STATION_MONTH',
  ACTIVE_STATION_SHARE = 'ACTIVE_STATION_SHARE',
  HOURS_PER_VOLUNTEER = 'HOURS_PER_VOLUNTEER',
  ORDERS_ANSWERED_SHARE = 'ORDERS_ANSWERED_SHARE',
  ORDER_RATING = 'ORDER_RATING',
  CUSTOMS_REFORM_COVERAGE = 'CUSTOMS_REFORM_COVERAGE',
  TRAINING_ATTENDANCE = 'TRAINING_ATTENDANCE',
}
describeEnum(
  IndicatorKind,
  'AssessmentIndicatorKind',
  "What an indicator measures (考核指标类别), each computed over the unit and every unit below it in the scheme's period.",
  {
    EVENTS_PER_STATION_MONTH:
      'Campaign events hosted, not voided, per station per month: events ÷ (stations × months the period touches) (站均月均活动场次).',
    ACTIVE_STATION_SHARE:
      'Share of stations, 0–1, that hosted at least one campaign event or volunteer activity at or below them (活跃实践站占比).',
    HOURS_PER_VOLUNTEER:
      'Approved service hours begun in the period ÷ volunteers registered at the unit or below and still on the register at its end (人均志愿服务时长).',
    ORDERS_ANSWERED_SHARE:
      "Share, 0–1, of residents' service orders placed in the period and not cancelled that are completed now (点单办结率).",
    ORDER_RATING: "Average of residents' ratings, 1–5, of the orders placed in the period and rated (群众评单满意度).",
    CUSTOMS_REFORM_COVERAGE:
      'Share, 0–1, of the customs-reform measures every station should have in force at the end of the period: village rules and a red-white council (移风易俗覆盖率).',
    TRAINING_ATTENDANCE:
      'Share, 0–1, of the training sessions of the period that trainees of the unit or below attended, of all they were enrolled for (培训出勤率).',
  },
);
