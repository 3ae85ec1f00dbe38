import { Field, InputType } from 'type-graphql';
import { UnitAndPeriodFilter } from '../shared/unit-and-period.input';
import { DisputeCategory } from './dispute-category.enum';
import { DisputeSource } from './dispute-source.enum';
import { DisputeState } from './dispute-state.enum';

@InputType('DisputeCaseFilter', {
  description: 'Which dispute cases to list; all given conditions must hold. from/to bound the day each was found (纠纷筛选).',
})
export class DisputeCaseFilter extends UnitAndPeriodFilter {
  @Field(() => DisputeState, { nullable: true, description: 'Only cases in this state (办理状态).' })
  state?: DisputeState | null;

  @Field(() => DisputeCategory, { nullable: true, description: 'Only cases of this category (纠纷类别).' })
  category?: DisputeCategory | null;

  @Field(() => DisputeSource, { nullable: true, description: 'Only cases from this source (线索来源).' })
  source?: DisputeSource | null;
}
