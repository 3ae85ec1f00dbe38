import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('CampaignStateInput', { description: 'Which campaign to close or reopen, as read, and why (关闭或重新开放活动).' })
export class CampaignStateInput extends VersionedInput {
  @Field(() => ID, { description: 'The campaign (活动编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters; kept in the audit log (原因).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  reason?: string | null;
}
