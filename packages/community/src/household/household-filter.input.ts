import { Field, InputType } from 'type-graphql';
import { UnitAndPeriodFilter } from '../shared/unit-and-period.input';
import { DifficultyCategory } from './difficulty-category.enum';

@InputType('HouseholdFilter', {
  description: 'Which households to list; all given conditions must hold. from/to bound the day they were registered (住户筛选).',
})
export class HouseholdFilter extends UnitAndPeriodFilter {
  @Field(() => DifficultyCategory, { nullable: true, description: 'Only households in this category of difficulty (困难类别).' })
  category?: DifficultyCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only households in some difficulty; false: only those in none (是否困难家庭).',
  })
  inDifficulty?: boolean | null;
}
