import { OrderDirection, OrderInput, orderingOf, type OrderableField, type OrderRequest, type Ordering } from '@civic/subgraph-kit';
import type { ServiceRequestEntity } from './service-request.entity';

const FIELDS = {
  ID: { description: 'Identifier, in order of ordering (编号).', expression: 'request.id', value: (row) => row.id },
  CREATED_AT: {
    description: 'When it was ordered (点单时间).',
    expression: 'extract(epoch from request.created_at)',
    value: (row) => row.createdAt.getTime() / 1000,
  },
  UPDATED_AT: {
    description: 'When it last moved on (更新时间).',
    expression: 'extract(epoch from request.updated_at)',
    value: (row) => row.updatedAt.getTime() / 1000,
  },
  TITLE: { description: 'What is needed (需求).', expression: 'request.title', value: (row) => row.title },
  RATING: {
    description: "The resident's rating, unrated counting as 0 (评分).",
    expression: 'coalesce(request.rating, 0)',
    value: (row) => row.rating ?? 0,
  },
} satisfies Record<string, OrderableField<ServiceRequestEntity>>;

export type ServiceRequestOrderField = keyof typeof FIELDS;

export const ServiceRequestOrder = OrderInput<ServiceRequestOrderField>(
  'ServiceRequest',
  'service orders (群众点单)',
  FIELDS,
  'newest first',
);
export type ServiceRequestOrder = OrderRequest<ServiceRequestOrderField>;

export function serviceRequestOrdering(request: ServiceRequestOrder | null | undefined): Ordering<ServiceRequestEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'ID', direction: OrderDirection.DESC });
}
