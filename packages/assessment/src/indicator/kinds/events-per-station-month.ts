import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/** Reads campaigns.campaign_event: events held at the unit or below, not voided, counted by their host unit. */
export const EVENTS_PER_STATION_MONTH: IndicatorKindDefinition = {
  kind: IndicatorKind.EVENTS_PER_STATION_MONTH,
  facts: `
    SELECT c.unit_id, e.id AS source_id, ${chinaDay('e.held_at')} AS day, e.title AS label, 1::numeric AS amount, e.id AS ref_id
    FROM covered c JOIN campaigns.campaign_event e ON e.host_unit_id = c.covered_id CROSS JOIN period p
    WHERE e.voided_at IS NULL AND ${instantInPeriod('e.held_at')}`,
  denominator: perRankedUnit('count(s.station_id) * p.months', 'LEFT JOIN stations s ON s.unit_id = r.unit_id'),
  source: EvidenceSource.CAMPAIGN_EVENT,
  amountUnit: '场',
  formula: '活动场次 ÷ (实践站数 × 月数)',
  maxTarget: null,
};
