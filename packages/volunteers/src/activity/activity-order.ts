import { OrderDirection, OrderInput, orderingOf, type OrderableField, type OrderRequest, type Ordering } from '@civic/subgraph-kit';
import type { ActivityEntity } from './activity.entity';

const FIELDS = {
  STARTS_AT: {
    description: 'Start (开始时间).',
    expression: 'extract(epoch from activity.starts_at)',
    value: (row) => row.startsAt.getTime() / 1000,
  },
  TITLE: { description: 'Title (活动名称).', expression: 'activity.title', value: (row) => row.title },
  CAPACITY: { description: 'Volunteers it takes (招募人数).', expression: 'activity.capacity', value: (row) => row.capacity },
  CREATED_AT: {
    description: 'When it was published (发布时间).',
    expression: 'extract(epoch from activity.created_at)',
    value: (row) => row.createdAt.getTime() / 1000,
  },
  ID: { description: 'Identifier (编号).', expression: 'activity.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<ActivityEntity>>;

export type ActivityOrderField = keyof typeof FIELDS;

export const ActivityOrder = OrderInput<ActivityOrderField>('Activity', 'activities (志愿服务活动)', FIELDS, 'soonest start first');
export type ActivityOrder = OrderRequest<ActivityOrderField>;

export function activityOrdering(request: ActivityOrder | null | undefined): Ordering<ActivityEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'STARTS_AT', direction: OrderDirection.ASC });
}
