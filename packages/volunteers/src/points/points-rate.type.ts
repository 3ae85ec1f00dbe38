import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('PointsRate', {
  description:
    'The points an hour of approved service earns at a unit (积分标准): set by the unit itself or its nearest unit above that set one; 10 where none did. A change applies to service approved from then on.',
})
export class PointsRate {
  @Field(() => Float, { description: 'Points per hour of approved service (每小时积分).' })
  pointsPerHour: number;

  @Field({ description: 'True when no unit on the way up set a rate and the platform’s 10 an hour applies (默认标准).' })
  isDefault: boolean;

  @Field(() => Date, { nullable: true, description: 'When the rule that applies was last set; null for the default (设定时间).' })
  setAt: Date | null;

  /** The unit whose rule applies; null for the default. */
  ruleUnitId: number | null;
}
