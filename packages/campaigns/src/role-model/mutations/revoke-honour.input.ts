import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';

@InputType('RevokeHonourInput', { description: 'An honour that no longer stands, from which day, and why (撤销荣誉称号).' })
export class RevokeHonourInput {
  @Field(() => ID, { description: 'The honour (荣誉编号).' })
  id: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it was revoked, YYYY-MM-DD, not in the future; default today (撤销日期).',
  })
  @ValidateIfGiven()
  @NotInFuture()
  revokedOn?: string;

  @Field({ description: 'Why, 1–500 characters; kept on the honour and in the audit log (撤销原因).' })
  @TrimmedLength(1, 500)
  reason: string;
}
