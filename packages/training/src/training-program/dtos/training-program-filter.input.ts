import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { TrainingAudience } from '../training-audience';

@InputType({ description: 'Which training programs to list; all given conditions must hold (培训项目筛选).' })
export class TrainingProgramFilter {
  @Field(() => ID, { nullable: true, description: 'Only programs organised by this unit (主办单位).' })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only programs organised by this unit or any unit below it (主办单位及下级).' })
  organizerSubtreeOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only programs still running on or after this day (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only programs already started on or before this day; not before `from` (截止日期).',
  })
  to?: string | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Only programs for this audience (培训对象).' })
  audience?: TrainingAudience | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only cancelled programs; false: only programs not cancelled; omit for both (已取消).',
  })
  cancelled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the title in Chinese (卫生健康), or its pinyin, whole (weishengjiankang) or by initials (wsjk) (名称搜索).',
  })
  search?: string | null;
}
