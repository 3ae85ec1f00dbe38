import { Field, Int, ObjectType } from 'type-graphql';
import { CellKey } from '@civic/subgraph-kit';

@ObjectType('CampaignEventCell', { description: 'One cell of a multi-dimensional breakdown of campaign events (活动统计单元格).' })
export class CampaignEventCell {
  @Field(() => [CellKey], { description: 'Where the cell sits: one key per dimension asked, in the order asked (分组键).' })
  keys: CellKey[];

  @Field(() => Int, { description: 'Events held, voided ones not counted (活动场次).' })
  eventCount: number;

  @Field(() => Int, { description: "People reached: the sum of the events' audiences (受众人次)." })
  audienceTotal: number;

  @Field(() => Int, {
    description: 'Distinct volunteers who served at the events of the cell; counted only when selected (参与志愿者人数).',
  })
  volunteerCount: number;
}
