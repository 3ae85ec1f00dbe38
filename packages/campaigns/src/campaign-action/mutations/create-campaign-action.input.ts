import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('CreateCampaignActionInput', { description: 'A new sub-action of a campaign, placed after the others (新建子行动).' })
export class CreateCampaignActionInput {
  @Field(() => ID, { description: 'The campaign (所属活动).' })
  campaignId: string;

  @Field({ description: 'Name, 1–200 characters, e.g. 婚事新办 丧事简办行动 (子行动名称).' })
  @TrimmedLength(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2000 characters (说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;
}
