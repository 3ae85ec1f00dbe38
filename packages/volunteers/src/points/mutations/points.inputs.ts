import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { AtMostTwoDecimals } from './at-most-two-decimals';

@InputType('SetPointsRateInput', {
  description: 'The points an hour of approved service earns for volunteers registered at a unit and below it (设定积分标准).',
})
export class SetPointsRateInput {
  @Field(() => ID, { description: 'The unit that sets the rate, e.g. a county center (设定单位).' })
  unitId: string;

  @Field(() => Float, { description: 'Points per hour, more than 0 and at most 1000, two decimals at most, e.g. 10 (每小时积分).' })
  @NumberRange(0.01, 1000)
  @AtMostTwoDecimals()
  pointsPerHour: number;

  @Field(() => String, { nullable: true, description: 'Why it is set or changed, up to 200 characters, kept in the audit log (说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  reason?: string | null;
}

@InputType('AwardPointsInput', { description: 'Bonus points a unit awards a volunteer, with the reason (奖励积分).' })
export class AwardPointsInput {
  @Field(() => ID, { description: 'The volunteer (志愿者).' })
  volunteerId: string;

  @Field(() => ID, { description: 'The awarding unit: the volunteer’s home unit or a unit above it (奖励单位).' })
  unitId: string;

  @Field(() => Int, { description: 'Points to award, 1–1000 (奖励积分).' })
  @NumberRange(1, 1000)
  points: number;

  @Field({ description: 'Why, 1–200 characters, e.g. 防汛抢险突出表现 (奖励事由).' })
  @TrimmedLength(1, 200)
  reason: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Client-chosen key, up to 100 characters: the same key again for the same volunteer awards once and returns the first entry; with other content it is a CONFLICT (幂等键).',
  })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  idempotencyKey?: string | null;
}
