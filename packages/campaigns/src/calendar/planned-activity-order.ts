import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey } from '@civic/subgraph-kit';
import type { PlannedActivityEntity } from './planned-activity.entity';

type PlannedActivityOrderField = 'PLANNED_ON' | 'TITLE' | 'STATUS' | 'ID';

const BY_ID: SortKey<PlannedActivityEntity> = { expression: 'activity.id', value: (row) => row.id };

const ORDERABLE: Record<PlannedActivityOrderField, OrderableField<PlannedActivityEntity>> = {
  PLANNED_ON: {
    expression: 'activity.planned_on',
    value: (row) => row.plannedOn,
    description: 'The day it is planned for (计划日期).',
  },
  TITLE: { expression: 'activity.title', value: (row) => row.title, description: 'Title, character by character (活动名称).' },
  STATUS: {
    expression: 'activity.status',
    value: (row) => row.status,
    description: 'State, by its code: CANCELLED, HELD, PLANNED (状态).',
  },
  ID: { ...BY_ID, description: 'The order they were planned in (编号).' },
};

export const PlannedActivityOrder = OrderInput('PlannedActivity', 'planned activities (计划活动)', ORDERABLE, 'by date, earliest first');
export type PlannedActivityOrder = InstanceType<typeof PlannedActivityOrder>;

/** Earliest first by default; the id breaks ties. Served by the (planned_on, id) index. */
export function plannedActivityOrdering(request: PlannedActivityOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'PLANNED_ON', direction: OrderDirection.ASC });
}
