import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';

@InputType({ description: 'Which training programs to list (培训项目筛选); all given conditions must hold.' })
export class TrainingProgramFilter {
  @Field(() => ID, { nullable: true, description: 'Only programs organised by this unit (主办单位).' })
  organizerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only programs still running on or after this day (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only programs already started on or before this day; not before `from` (截止日期).',
  })
  to?: string | null;
}
