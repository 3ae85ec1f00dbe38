import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('CampaignProgress', { description: "Progress against the campaign's targets (目标完成情况)." })
export class CampaignProgress {
  @Field(() => Int, { nullable: true, description: 'Events planned; null without a target (目标场次).' })
  eventTarget: number | null;

  @Field(() => Int, { description: 'Events held (已开展场次).' })
  eventCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'eventCount / eventTarget × 100, one decimal, may pass 100; null without a target (场次完成率 %).',
  })
  eventPercent: number | null;

  @Field(() => Int, { nullable: true, description: 'People the campaign means to reach; null without a target (目标受众人次).' })
  audienceTarget: number | null;

  @Field(() => Int, { description: 'People reached (已覆盖受众人次).' })
  audienceTotal: number;

  @Field(() => Float, {
    nullable: true,
    description: 'audienceTotal / audienceTarget × 100, one decimal; null without a target (受众完成率 %).',
  })
  audiencePercent: number | null;
}
