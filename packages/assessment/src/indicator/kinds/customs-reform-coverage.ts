import { EvidenceSource } from '../../evidence/evidence-source.enum';
import { IndicatorKind } from '../indicator-kind.enum';
import { perRankedUnit } from './assessed-scope.sql';
import type { IndicatorKindDefinition } from './indicator-kind-definition';

/** The measures of 移风易俗 every village or community station should have: its village rules and a red-white council. */
const MEASURES: Record<string, string> = { VILLAGE_RULES: '村规民约', RED_WHITE_COUNCIL: '红白理事会' };
const KINDS = Object.keys(MEASURES)
  .map((kind) => `'${kind}'`)
  .join(', ');
const LABEL = `CASE m.kind ${Object.entries(MEASURES)
  .map(([kind, label]) => `WHEN '${kind}' THEN '${label}'`)
  .join(' ')} END`;

/**
 * Reads campaigns.customs_reform_measure: each station's measures in force on the last day of the
 * period (adopted by then, not revoked by then), once per kind, against two per station; the mean of
 * the two coverages campaigns' OrgUnit.customsReformCoverage gives as of that day.
 */
export const CUSTOMS_REFORM_COVERAGE: IndicatorKindDefinition = {
  kind: IndicatorKind.CUSTOMS_REFORM_COVERAGE,
  facts: `
    SELECT DISTINCT ON (s.unit_id, s.station_id, m.kind)
           s.unit_id, m.id AS source_id, m.adopted_on AS day, s.name || '：' || ${LABEL} AS label, 1::numeric AS amount, s.station_id AS ref_id
    FROM stations s CROSS JOIN period p
    JOIN campaigns.customs_reform_measure m ON m.org_unit_id = s.station_id AND m.kind IN (${KINDS})
      AND m.adopted_on <= p.last_day AND (m.revoked_on IS NULL OR m.revoked_on > p.last_day)
    ORDER BY s.unit_id, s.station_id, m.kind, m.adopted_on DESC, m.id DESC`,
  denominator: perRankedUnit(`count(s.station_id) * ${Object.keys(MEASURES).length}`, 'LEFT JOIN stations s ON s.unit_id = r.unit_id'),
  source: EvidenceSource.CUSTOMS_REFORM_MEASURE,
  amountUnit: '项',
  formula: '在用的村规民约和红白理事会 ÷ (实践站数 × 2)',
  maxTarget: 1,
};
