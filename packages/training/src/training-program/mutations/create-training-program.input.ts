import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotBefore, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { TrainingAudience } from '../training-audience';

@InputType('CreateTrainingProgramInput', { description: 'A new training program (新建培训项目).' })
export class CreateTrainingProgramInput {
  @Field({ description: 'Title (培训名称), 1–200 characters.' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => ID, { description: "The organising unit (主办单位); inside the caller's subtree." })
  organizerId: string;

  @Field(() => DateScalar, { description: 'First day, YYYY-MM-DD (开始日期).' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day, YYYY-MM-DD, not before startsOn (结束日期).' })
  @NotBefore('startsOn')
  endsOn: string;

  @Field(() => TrainingAudience, { nullable: true, description: 'Who it is for; default MIXED (培训对象).' })
  audience?: TrainingAudience | null;

  @Field(() => String, { nullable: true, description: 'Where it is held, up to 200 characters (培训地点).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many may enroll, 1–10000; omit for no limit (计划人数).' })
  @IsOptional()
  @NumberRange(1, 10_000)
  capacity?: number | null;
}
