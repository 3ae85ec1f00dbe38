import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('VoidCampaignEventInput', { description: 'An event to void, as read, and why (作废活动场次).' })
export class VoidCampaignEventInput extends VersionedInput {
  @Field(() => ID, { description: 'The event to void (场次编号).' })
  id: string;

  @Field({ description: 'Why it is voided, 1–500 characters; kept on the event and in the audit log (作废原因).' })
  @TrimmedLength(1, 500)
  reason: string;
}
