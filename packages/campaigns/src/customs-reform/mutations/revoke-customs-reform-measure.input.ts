import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('RevokeCustomsReformMeasureInput', {
  description: 'A measure that no longer holds, from which day, and why (撤销移风易俗举措).',
})
export class RevokeCustomsReformMeasureInput extends VersionedInput {
  @Field(() => ID, { description: 'The measure (举措编号).' })
  id: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day it no longer counts, YYYY-MM-DD, not before its adoption nor in the future; default today (撤销日期).',
  })
  @ValidateIfGiven()
  @NotInFuture()
  revokedOn?: string;

  @Field({ description: 'Why, 1–500 characters; kept on the measure and in the audit log (撤销原因).' })
  @TrimmedLength(1, 500)
  reason: string;
}
