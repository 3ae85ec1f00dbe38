import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('UnitPoints', {
  description:
    'Points over a unit and every unit below it (积分统计): what moved in a period, by where it was booked (service at the volunteer’s home unit, bonuses at the awarding unit, redemptions at the exchange’s unit), and what its volunteers hold now.',
})
export class UnitPoints {
  @Field(() => Float, { description: 'Points earned by approved service in the period, net of corrections and voids (服务积分).' })
  earned: number;

  @Field(() => Float, { description: 'Bonus points its units awarded in the period (奖励积分).' })
  bonuses: number;

  @Field(() => Float, { description: 'Points spent at its exchanges in the period, net of cancellations (兑换积分).' })
  spent: number;

  @Field(() => Int, { description: 'Redemptions made at its exchanges in the period and not cancelled (兑换笔数).' })
  redemptionCount: number;

  @Field(() => Float, {
    description:
      'Points its volunteers (those registered in the subtree) hold now, whatever the period: what the budget must cover if all are spent (积分余额总计, 待兑付).',
  })
  outstanding: number;

  @Field(() => Float, { description: 'Points per hour of approved service at the unit now (积分标准).' })
  pointsPerHour: number;
}
