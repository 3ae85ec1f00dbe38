import { IsDefined, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotBefore, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { TrainingAudience } from '../training-audience';

@InputType('UpdateTrainingProgramInput', {
  description:
    'Changes to a training program; omitted fields stay as they are, null clears an optional one. The organiser does not change (修改培训项目).',
})
export class UpdateTrainingProgramInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Title, 1–200 characters (培训名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day, YYYY-MM-DD; every session must stay inside the days (开始日期).' })
  @ValidateIfGiven()
  @IsDefined({ message: 'startsOn cannot be cleared' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, YYYY-MM-DD, not before the first (结束日期).' })
  @ValidateIfGiven()
  @IsDefined({ message: 'endsOn cannot be cleared' })
  @NotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Who it is for (培训对象).' })
  @ValidateIfGiven()
  @IsDefined({ message: 'audience cannot be cleared' })
  audience?: TrainingAudience | null;

  @Field(() => String, { nullable: true, description: 'Where it is held, up to 200 characters (培训地点).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  place?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many may enroll, 1–10000, not below those enrolled; null for no limit (计划人数).',
  })
  @IsOptional()
  @NumberRange(1, 10_000)
  capacity?: number | null;
}
