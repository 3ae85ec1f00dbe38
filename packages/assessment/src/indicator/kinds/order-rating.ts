import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/** Reads volunteers.service_request: the ratings residents gave the orders placed at the unit or below in the period. */
export const ORDER_RATING: IndicatorKindDefinition = {
  kind: IndicatorKind.ORDER_RATING,
  facts: `
    SELECT c.unit_id, o.id AS source_id, ${chinaDay('o.created_at')} AS day, o.title AS label, o.rating::numeric AS amount, o.id AS ref_id
    FROM covered c JOIN volunteers.service_request o ON o.org_unit_id = c.covered_id CROSS JOIN period p
    WHERE ${instantInPeriod('o.created_at')} AND o.rating IS NOT NULL`,
  denominator: perRankedUnit(
    'count(o.id)',
    `LEFT JOIN covered c ON c.unit_id = r.unit_id
     LEFT JOIN volunteers.service_request o ON o.org_unit_id = c.covered_id AND ${instantInPeriod('o.created_at')} AND o.rating IS NOT NULL`,
  ),
  source: EvidenceSource.SERVICE_REQUEST,
  amountUnit: '分',
  formula: '评分之和 ÷ 已评价点单数',
  maxTarget: 5,
};
