import {
  millisecondsOf,
  OrderDirection,
  OrderInput,
  orderingOf,
  type OrderableField,
  type OrderRequest,
  type Ordering,
} from '@civic/subgraph-kit';
import type { PointsEntryEntity } from './points-entry.entity';

/** Over the alias `entry`. */
const FIELDS = {
  BOOKED_AT: {
    description: 'When the points moved (记账时间).',
    expression: millisecondsOf('entry.booked_at'),
    value: (row) => row.bookedAt.getTime(),
  },
  POINTS: { description: 'Points moved, signed (积分变动).', expression: 'entry.points', value: (row) => row.points },
  ID: { description: 'Identifier, in the order entries were written (编号).', expression: 'entry.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<PointsEntryEntity>>;

export type PointsEntryOrderField = keyof typeof FIELDS;

export const PointsEntryOrder = OrderInput<PointsEntryOrderField>(
  'PointsEntry',
  'points ledger entries (积分明细)',
  FIELDS,
  'latest first',
);
export type PointsEntryOrder = OrderRequest<PointsEntryOrderField>;

export function pointsEntryOrdering(request: PointsEntryOrder | null | undefined): Ordering<PointsEntryEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'BOOKED_AT', direction: OrderDirection.DESC });
}
