import {
  millisecondsOf,
  OrderDirection,
  OrderInput,
  orderingOf,
  type OrderableField,
  type OrderRequest,
  type Ordering,
} from '@civic/subgraph-kit';
import type { PointsExchangeEntity } from './points-exchange.entity';

/** Over the alias `exchange`. */
const FIELDS = {
  NAME: { description: 'Name (名称).', expression: 'exchange.name', value: (row) => row.name },
  CREATED_AT: {
    description: 'When it was opened on the platform (开设时间).',
    expression: millisecondsOf('exchange.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  ID: { description: 'Identifier, in the order exchanges were opened (编号).', expression: 'exchange.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<PointsExchangeEntity>>;

export type PointsExchangeOrderField = keyof typeof FIELDS;

export const PointsExchangeOrder = OrderInput<PointsExchangeOrderField>(
  'PointsExchange',
  'exchanges (积分兑换点)',
  FIELDS,
  'the order opened',
);
export type PointsExchangeOrder = OrderRequest<PointsExchangeOrderField>;

export function pointsExchangeOrdering(request: PointsExchangeOrder | null | undefined): Ordering<PointsExchangeEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
