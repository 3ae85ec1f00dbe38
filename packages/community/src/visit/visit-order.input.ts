import { millisecondsOf, OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { VisitEntity } from './visit.entity';

/** Over the alias `visit` (the root list and a household's visits alike). The visitor's name is personal data and not sortable. */
export const VISIT_ORDER_FIELDS = {
  VISITED_ON: { description: 'Day of the visit (走访日期).', expression: 'visit.visited_on', value: (row) => row.visitedOn },
  VISITOR_KIND: {
    description: 'Kind of visitor, in code order (走访人类别).',
    expression: 'visit.visitor_kind',
    value: (row) => row.visitorKind,
  },
  SATISFACTION: {
    description: "The resident's satisfaction, 1 to 5; not asked counts as 0 (群众满意度).",
    expression: 'coalesce(visit.satisfaction, 0)',
    value: (row) => row.satisfaction ?? 0,
  },
  RECORDED_AT: {
    description: 'When the visit was recorded (录入时间).',
    expression: millisecondsOf('visit.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  ID: { description: 'Id, in the order visits were recorded (编号).', expression: 'visit.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<VisitEntity>>;

export const VisitOrder = OrderInput('Visit', 'door-to-door visits (走访记录)', VISIT_ORDER_FIELDS, 'latest visit first');
export type VisitOrder = InstanceType<typeof VisitOrder>;

export function visitOrdering(orderBy: VisitOrder | null | undefined): Ordering<VisitEntity> {
  return orderingOf(VISIT_ORDER_FIELDS, VISIT_ORDER_FIELDS.ID, orderBy, { field: 'VISITED_ON', direction: OrderDirection.DESC });
}
