import { IndicatorKind } from '../indicator-kind.enum';
import { ACTIVE_STATION_SHARE } from './active-station-share';
import { CUSTOMS_REFORM_COVERAGE } from './customs-reform-coverage';
import { EVENTS_PER_STATION_MONTH } from './events-per-station-month';
import { HOURS_PER_VOLUNTEER } from './hours-per-volunteer';
import type { IndicatorKindDefinition } from './indicator-kind-definition';
import { ORDER_RATING } from './order-rating';
import { ORDERS_ANSWERED_SHARE } from './orders-answered-share';
import { TRAINING_ATTENDANCE } from './training-attendance';

export type { IndicatorKindDefinition } from './indicator-kind-definition';
export { assessedScopeCtes } from './assessed-scope.sql';

/** The catalogue: every indicator kind and its computation. */
export const INDICATOR_KINDS: Record<IndicatorKind, IndicatorKindDefinition> = {
  [IndicatorKind.EVENTS_PER_STATION_MONTH]: EVENTS_PER_STATION_MONTH,
  [IndicatorKind.ACTIVE_STATION_SHARE]: ACTIVE_STATION_SHARE,
  [IndicatorKind.HOURS_PER_VOLUNTEER]: HOURS_PER_VOLUNTEER,
  [IndicatorKind.ORDERS_ANSWERED_SHARE]: ORDERS_ANSWERED_SHARE,
  [IndicatorKind.ORDER_RATING]: ORDER_RATING,
  [IndicatorKind.CUSTOMS_REFORM_COVERAGE]: CUSTOMS_REFORM_COVERAGE,
  [IndicatorKind.TRAINING_ATTENDANCE]: TRAINING_ATTENDANCE,
};
