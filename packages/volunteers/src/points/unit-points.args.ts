import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';

/** The period of a unit's points figures: both ends required, China calendar days, both included. */
@ArgsType()
export class UnitPointsPeriodArgs {
  @Field(() => DateScalar, { description: 'First day counted, YYYY-MM-DD, China time (起始日期).' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day counted, YYYY-MM-DD, China time; not before from (截止日期).' })
  @NotBefore('from')
  to: string;
}
