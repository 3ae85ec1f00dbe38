import { describeEnum } from '@civic/subgraph-kit';

export enum PointsExchangeKind {
  SHOP = 'SHOP',
  VENDING_MACHINE = 'VENDING_MACHINE',
  MOBILE = 'MOBILE',
}
describeEnum(PointsExchangeKind, 'PointsExchangeKind', 'What kind of place an exchange is (兑换点类型).', {
  SHOP: 'A shop with staff at the counter (爱心超市).',
  VENDING_MACHINE: 'A machine in a village that hands goods out for points (积分兑换机).',
  MOBILE: 'A stall that travels to villages on market days (流动爱心超市).',
});
