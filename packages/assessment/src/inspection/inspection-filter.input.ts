import { Field, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore, StatsScope } from '@civic/subgraph-kit';
import { FindingState } from './finding-state.enum';

@InputType('InspectionFilter', { description: "Which of a unit's inspections to list; all given conditions must hold (督查筛选)." })
export class InspectionFilter {
  @Field(() => StatsScope, {
    nullable: true,
    description: 'SELF: inspections of the unit itself; SUBTREE (default): of it and every unit below it (范围).',
  })
  scope?: StatsScope | null;

  @Field(() => FindingState, { nullable: true, description: 'Only inspections with at least one finding in this state (整改状态).' })
  findingState?: FindingState | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only inspections on or after this day (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only inspections on or before this day, not before from (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
