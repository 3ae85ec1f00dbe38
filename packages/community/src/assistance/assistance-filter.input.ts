import { Field, ID, InputType } from 'type-graphql';
import { UnitAndPeriodFilter } from '../shared/unit-and-period.input';
import { AssistanceKind } from './assistance-kind.enum';

@InputType('AssistanceFilter', {
  description: 'Which assistance to list; all given conditions must hold. from/to bound the day it was given (帮扶筛选).',
})
export class AssistanceFilter extends UnitAndPeriodFilter {
  @Field(() => AssistanceKind, { nullable: true, description: 'Only this kind of help (帮扶类别).' })
  kind?: AssistanceKind | null;

  @Field(() => ID, { nullable: true, description: 'Only help given to this household (住户).' })
  householdId?: string | null;
}
