import {
  millisecondsOf,
  OrderDirection,
  OrderInput,
  orderingOf,
  type OrderableField,
  type OrderRequest,
  type Ordering,
} from '@civic/subgraph-kit';
import type { PointsRedemptionEntity } from './points-redemption.entity';

/** Over the alias `redemption`. */
const FIELDS = {
  ORDERED_AT: {
    description: 'When it was made (兑换时间).',
    expression: millisecondsOf('redemption.ordered_at'),
    value: (row) => row.orderedAt.getTime(),
  },
  POINTS: { description: 'Points spent (消耗积分).', expression: 'redemption.points', value: (row) => row.points },
  ID: { description: 'Identifier, in the order made (编号).', expression: 'redemption.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<PointsRedemptionEntity>>;

export type PointsRedemptionOrderField = keyof typeof FIELDS;

export const PointsRedemptionOrder = OrderInput<PointsRedemptionOrderField>(
  'PointsRedemption',
  'redemptions (积分兑换记录)',
  FIELDS,
  'latest first',
);
export type PointsRedemptionOrder = OrderRequest<PointsRedemptionOrderField>;

export function pointsRedemptionOrdering(request: PointsRedemptionOrder | null | undefined): Ordering<PointsRedemptionEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'ORDERED_AT', direction: OrderDirection.DESC });
}
