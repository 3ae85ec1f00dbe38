import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@ObjectType('CampaignAction', {
  description: 'A named sub-action of a campaign, e.g. one of the ten customs-reform actions (子行动, 十大行动之一).',
})
export class CampaignAction {
  @Field(() => ID, { description: 'Stable identifier (子行动编号).' })
  id: number;

  @Field(() => Int, { description: 'Position within the campaign, from 1 (序号).' })
  ordinal: number;

  @Field({ description: 'Name, e.g. 婚事新办 丧事简办行动 (子行动名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is about (说明).' })
  description: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was retired; a retired sub-action keeps its events but takes no new ones (停用时间).',
  })
  retiredAt: Date | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
