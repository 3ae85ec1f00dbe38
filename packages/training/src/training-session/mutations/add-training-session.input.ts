import { Field, ID, InputType } from 'type-graphql';
import { After, IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';
import { TrainingSessionKind } from '../training-session-kind.enum';

@InputType('AddTrainingSessionInput', { description: "A session added to a program's agenda (新增培训日程)." })
export class AddTrainingSessionInput {
  @Field(() => ID, { description: 'The program (培训项目).' })
  programId: string;

  @Field(() => TrainingSessionKind, { description: 'What the session is (日程类型).' })
  kind: TrainingSessionKind;

  @Field({ description: 'Title or topic, 1–200 characters (主题).' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => Date, { description: "Start, on one of the program's days in China Standard Time (开始时间)." })
  startsAt: Date;

  @Field(() => Date, { description: "End, after the start and on one of the program's days (结束时间)." })
  @After('startsAt')
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Who speaks or teaches, up to 50 characters (主讲人).' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "The speaker's position, up to 100 characters (主讲人职务)." })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  speakerPosition?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For SITE_VISIT (and only then): the unit visited, any unit, also in another county (观摩单位).',
  })
  visitedUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is run, up to 100 characters, e.g. 一听二看三交流 (方式).' })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  method?: string | null;
}
