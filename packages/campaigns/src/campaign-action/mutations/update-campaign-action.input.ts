import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateCampaignActionInput', { description: 'Changes to a sub-action; omitted fields stay as they are (修改子行动).' })
export class UpdateCampaignActionInput extends VersionedInput {
  @Field(() => ID, { description: 'The sub-action (子行动编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name, 1–200 characters (子行动名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2000 characters; null or blank clears it (说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;
}
