import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/**
 * Reads campaigns.campaign_event (not voided) and volunteers.activity: a station is active when one
 * of them took place at it or at a practice point below it; its row is dated by the first.
 */
export const ACTIVE_STATION_SHARE: IndicatorKindDefinition = {
  kind: IndicatorKind.ACTIVE_STATION_SHARE,
  facts: `
    SELECT s.unit_id, s.station_id AS source_id, min(held.day) AS day, s.name AS label, 1::numeric AS amount, s.station_id AS ref_id
    FROM stations s CROSS JOIN period p
    JOIN ${UNIT_TREE} h ON ${pathWithin('h.path', 's.path')}
    JOIN LATERAL (
      SELECT ${chinaDay('e.held_at')} AS day FROM campaigns.campaign_event e
      WHERE e.host_unit_id = h.id AND e.voided_at IS NULL AND ${instantInPeriod('e.held_at')}
      UNION ALL
      SELECT ${chinaDay('a.starts_at')} FROM volunteers.activity a WHERE a.org_unit_id = h.id AND ${instantInPeriod('a.starts_at')}
    ) held ON true
    GROUP BY s.unit_id, s.station_id, s.name`,
  denominator: perRankedUnit('count(s.station_id)', 'LEFT JOIN stations s ON s.unit_id = r.unit_id'),
  source: EvidenceSource.STATION,
  amountUnit: '个',
  formula: '有活动的实践站数 ÷ 实践站数',
  maxTarget: 1,
};
