import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';
import { MobilisationKind } from './mobilisation-kind.enum';

@InputType('MobilisationFilter', { description: 'Which mobilisations to list; all given conditions must hold (应急动员筛选).' })
export class MobilisationFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only mobilisations whose area reaches this unit's subtree: an area unit at, above or below it (所涉范围).",
  })
  unitId?: string | null;

  @Field(() => MobilisationKind, { nullable: true, description: 'Only of this kind (动员类别).' })
  kind?: MobilisationKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only those under way on this day (当日在岗).' })
  activeOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only those not ended before this day (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only those begun on or before this day, not before from (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
