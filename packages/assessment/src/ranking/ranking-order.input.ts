import { OrderDirection, OrderInput, type OrderableField } from '@civic/subgraph-kit';
import type { UnitAssessmentRow } from './ranking.loader';

/**
 * A ranking is computed whole and sorted in memory by `value`; `expression` names the same figure
 * in the ranking statement's terms, as the shared order input requires.
 */
const RANKING_ORDER_FIELDS = {
  RANK: { description: 'Place in the ranking, best first ascending (排名).', expression: 'rank', value: (row) => row.rank },
  TOTAL_SCORE: { description: 'Total score (总得分).', expression: 'total_score', value: (row) => row.totalScore },
  UNIT_NAME: { description: "The unit's name, in code-point order (单位名称).", expression: 'name', value: (row) => row.unitName },
} satisfies Record<string, OrderableField<UnitAssessmentRow>>;

export const UnitAssessmentOrder = OrderInput('UnitAssessment', 'units in a ranking (考核排名)', RANKING_ORDER_FIELDS, 'best rank first');
export type UnitAssessmentOrder = InstanceType<typeof UnitAssessmentOrder>;

/** The ranking in the asked order; rows equal on the field keep rank order, then unit id. */
export function sortRanking(rows: UnitAssessmentRow[], orderBy: UnitAssessmentOrder | null | undefined): UnitAssessmentRow[] {
  const field = RANKING_ORDER_FIELDS[orderBy?.field ?? 'RANK'];
  const sign = (orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.DESC ? -1 : 1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => sign * compare(field.value(a), field.value(b)) || a.rank - b.rank || a.unitId - b.unitId);
}
