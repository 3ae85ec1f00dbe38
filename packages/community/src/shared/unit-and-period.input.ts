import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';

/** Where and when: the fields every grid list filter has (type-graphql copies them into each filter). */
@InputType('GridUnitAndPeriodFilter')
export abstract class UnitAndPeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Only records of this unit itself (所属单位).' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this unit or any unit below it (所属范围).' })
  subtreeOf?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day counted, YYYY-MM-DD, China time; omit for no lower bound (起始日期).',
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day counted, YYYY-MM-DD, China time; omit for no upper bound (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
