import { describeEnum } from '@civic/subgraph-kit';

export enum PointsRedemptionChannel {
  COUNTER = 'COUNTER',
  ORDER = 'ORDER',
}
describeEnum(PointsRedemptionChannel, 'PointsRedemptionChannel', 'How a redemption was made (兑换方式).', {
  COUNTER: 'Confirmed by staff at the counter, handed over at once (现场兑换).',
  ORDER: 'Ordered by the volunteer, collected later (线上下单).',
});
