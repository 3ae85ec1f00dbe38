import { OrderDirection, OrderInput, orderingOf, type OrderableField, type OrderRequest, type Ordering } from '@civic/subgraph-kit';
import type { ServiceRecordEntity } from './service-record.entity';

/** Over the alias `record` (the root list and a volunteer's records alike). */
const FIELDS = {
  STARTED_AT: {
    description: 'When the service began (开始时间).',
    expression: 'extract(epoch from record.started_at)',
    value: (row) => row.startedAt.getTime() / 1000,
  },
  HOURS: { description: 'Hours served (服务时长).', expression: 'record.hours', value: (row) => row.hours },
  CREATED_AT: {
    description: 'When it was recorded (记录时间).',
    expression: 'extract(epoch from record.created_at)',
    value: (row) => row.createdAt.getTime() / 1000,
  },
  ID: { description: 'Identifier (编号).', expression: 'record.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<ServiceRecordEntity>>;

export type ServiceRecordOrderField = keyof typeof FIELDS;

export const ServiceRecordOrder = OrderInput<ServiceRecordOrderField>(
  'ServiceRecord',
  'service records (服务记录)',
  FIELDS,
  'newest start first',
);
export type ServiceRecordOrder = OrderRequest<ServiceRecordOrderField>;

export function serviceRecordOrdering(request: ServiceRecordOrder | null | undefined): Ordering<ServiceRecordEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'STARTED_AT', direction: OrderDirection.DESC });
}
