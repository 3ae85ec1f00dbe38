import { describeEnum } from '@civic/subgraph-kit';

export enum PointsRedemptionStatus {
  ORDERED = 'ORDERED',
  HANDED_OVER = 'HANDED_OVER',
  CANCELLED = 'CANCELLED',
}
describeEnum(PointsRedemptionStatus, 'PointsRedemptionStatus', 'Where a redemption stands (兑换状态).', {
  ORDERED: 'Ordered by the volunteer: points and stock taken, goods waiting at the exchange (已下单).',
  HANDED_OVER: 'The goods were handed over (已领取).',
  CANCELLED: 'Cancelled: the points were given back and the goods went back into stock (已取消).',
});
