import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { EvidenceRow } from './evidence.type';

/** Over the alias `f`, a kind's facts; `source_id` is unique within a unit's rows. */
export const EVIDENCE_ORDER_FIELDS = {
  DAY: { description: 'Its day (日期).', expression: 'f.day', value: (row) => row.day },
  AMOUNT: { description: 'What it adds to the numerator (计入数量).', expression: 'f.amount', value: (row) => row.amount },
  SOURCE_ID: { description: "The row's id in its own table (来源编号).", expression: 'f.source_id', value: (row) => row.sourceId },
} satisfies Record<string, OrderableField<EvidenceRow>>;

export const AssessmentEvidenceOrder = OrderInput(
  'AssessmentEvidence',
  'rows behind a figure (考核依据)',
  EVIDENCE_ORDER_FIELDS,
  'earliest first',
);
export type AssessmentEvidenceOrder = InstanceType<typeof AssessmentEvidenceOrder>;

export function evidenceOrdering(orderBy: AssessmentEvidenceOrder | null | undefined): Ordering<EvidenceRow> {
  return orderingOf(EVIDENCE_ORDER_FIELDS, EVIDENCE_ORDER_FIELDS.SOURCE_ID, orderBy, { field: 'DAY', direction: OrderDirection.ASC });
}
