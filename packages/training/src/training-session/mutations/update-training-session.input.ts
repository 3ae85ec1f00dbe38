import { IsDefined } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { After, IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { TrainingSessionKind } from '../training-session-kind.enum';

@InputType('UpdateTrainingSessionInput', {
  description: 'Changes to a session of an agenda; omitted fields stay as they are, null clears an optional one (修改培训日程).',
})
export class UpdateTrainingSessionInput extends VersionedInput {
  @Field(() => TrainingSessionKind, { nullable: true, description: 'What the session is (日程类型).' })
  @ValidateIfGiven()
  @IsDefined({ message: 'kind cannot be cleared' })
  kind?: TrainingSessionKind | null;

  @Field(() => String, { nullable: true, description: 'Title or topic, 1–200 characters (主题).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  title?: string | null;

  @Field(() => Date, { nullable: true, description: "Start, on one of the program's days in China Standard Time (开始时间)." })
  @ValidateIfGiven()
  @IsDefined({ message: 'startsAt cannot be cleared' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "End, after the start and on one of the program's days (结束时间)." })
  @ValidateIfGiven()
  @IsDefined({ message: 'endsAt cannot be cleared' })
  @After('startsAt')
  endsAt?: Date | null;

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
    description: 'For a SITE_VISIT (and only then): the unit visited; null clears it when the kind changes from SITE_VISIT (观摩单位).',
  })
  visitedUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is run, up to 100 characters (方式).' })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  method?: string | null;
}
