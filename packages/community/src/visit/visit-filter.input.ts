import { Field, ID, InputType } from 'type-graphql';
import { UnitAndPeriodFilter } from '../shared/unit-and-period.input';
import { VisitorKind } from './visitor-kind.enum';

@InputType('VisitFilter', {
  description: 'Which visits to list; all given conditions must hold. from/to bound the day of the visit (走访筛选).',
})
export class VisitFilter extends UnitAndPeriodFilter {
  @Field(() => VisitorKind, { nullable: true, description: 'Only visits by this kind of visitor (走访人员类别).' })
  visitorKind?: VisitorKind | null;

  @Field(() => ID, { nullable: true, description: 'Only visits to this household (住户).' })
  householdId?: string | null;
}
