import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CampaignStats', { description: 'Event figures of a campaign or of the events an org unit hosted (活动统计).' })
export class CampaignStats {
  @Field(() => Int, { description: 'Events held (活动场次).' })
  eventCount: number;

  @Field(() => Int, { description: "People reached: the sum of the events' audiences (受众人次)." })
  audienceTotal: number;

  @Field(() => Int, { description: 'Distinct volunteers who served at those events (参与志愿者人数).' })
  volunteerCount: number;
}
