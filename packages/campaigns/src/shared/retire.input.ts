import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('RetireActionOrBrandInput', { description: 'A record to retire, as read, and why (停用).' })
export class RetireInput extends VersionedInput {
  @Field(() => ID, { description: 'The record to retire (编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters; kept in the audit log (停用原因).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  reason?: string | null;
}
