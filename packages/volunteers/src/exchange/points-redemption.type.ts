import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { PointsRedemptionChannel } from './redemption-channel.enum';
import { PointsRedemptionStatus } from './redemption-status.enum';

@ObjectType('PointsRedemption', {
  description:
    'Goods a volunteer took for points (积分兑换记录): the price at the time, the points spent, and whether it was ordered, handed over or cancelled.',
})
export class PointsRedemption {
  @Field(() => ID, { description: 'Stable identifier: the number staff look an order up by (兑换单号).' })
  id: number;

  @Field(() => Int, { description: 'Items taken (数量).' })
  quantity: number;

  @Field(() => Int, { description: 'Points per item at the time (单价积分).' })
  unitPrice: number;

  @Field(() => Int, { description: 'Points spent: quantity × unitPrice (消耗积分).' })
  points: number;

  @Field(() => PointsRedemptionChannel, { description: 'At the counter or ordered by the volunteer (兑换方式).' })
  channel: PointsRedemptionChannel;

  @Field(() => PointsRedemptionStatus, { description: 'Where it stands (状态).' })
  status: PointsRedemptionStatus;

  @Field({ description: 'When it was made: points and stock were taken then (兑换时间).' })
  orderedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the goods were handed over (领取时间).' })
  handedOverAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (取消时间).' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (取消原因).' })
  cancelReason: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  volunteerId: number;
  goodsId: number;
  exchangeId: number;
}
