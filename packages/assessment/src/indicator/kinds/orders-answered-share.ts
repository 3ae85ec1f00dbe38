import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { chinaDay, instantInPeriod, perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/**
 * Reads volunteers.service_request: orders placed at the unit or below in the period; cancelled ones
 * are left out (withdrawn, nothing to answer), the others are answered once completed (or rated), as they stand now.
 */
export const ORDERS_ANSWERED_SHARE: IndicatorKindDefinition = {
  kind: IndicatorKind.ORDERS_ANSWERED_SHARE,
  facts: `
    SELECT c.unit_id, o.id AS source_id, ${chinaDay('o.created_at')} AS day, o.title AS label, 1::numeric AS amount, o.id AS ref_id
    FROM covered c JOIN volunteers.service_request o ON o.org_unit_id = c.covered_id CROSS JOIN period p
    WHERE ${instantInPeriod('o.created_at')} AND o.status IN ('COMPLETED', 'RATED')`,
  denominator: perRankedUnit(
    'count(o.id)',
    `LEFT JOIN covered c ON c.unit_id = r.unit_id
     LEFT JOIN volunteers.service_request o ON o.org_unit_id = c.covered_id AND ${instantInPeriod('o.created_at')} AND o.status <> 'CANCELLED'`,
  ),
  source: EvidenceSource.SERVICE_REQUEST,
  amountUnit: '单',
  formula: '已办结点单数 ÷ 点单数（不含已取消）',
  maxTarget: 1,
};
