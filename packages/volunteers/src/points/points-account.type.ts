import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('PointsAccount', {
  description:
    'A volunteer’s points (积分账户): the balance and what it is made of, each the sum of the ledger’s entries of that kind. Approved service earns points at the rate the county sets (10 an hour by default); they are spent at exchanges (爱心超市).',
})
export class PointsAccount {
  @Field(() => Float, {
    description:
      'Points the volunteer holds now: earned + bonus − spent (积分余额). Below zero only when approved service was voided after its points were spent.',
  })
  balance: number;

  @Field(() => Float, { description: 'Points from approved service, net of corrections and voids (服务积分).' })
  earned: number;

  @Field(() => Float, { description: 'Points awarded as bonuses (奖励积分).' })
  bonus: number;

  @Field(() => Float, { description: 'Points spent on goods, net of cancelled redemptions (已兑换积分).' })
  spent: number;

  volunteerId: number;
  /** ANALYST reads the figures only, not the entries. */
  figuresOnly: boolean;
}
