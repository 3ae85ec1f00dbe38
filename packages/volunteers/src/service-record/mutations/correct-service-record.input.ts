import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptionalText, NotInFuture, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('CorrectServiceRecordInput', {
  description: 'Corrections to a recorded service, with the reason; omitted fields stay as recorded (更正服务记录).',
})
export class CorrectServiceRecordInput extends VersionedInput {
  @Field(() => ID, { description: 'The service record (服务记录).' })
  id: string;

  @Field(() => Date, { nullable: true, description: 'Corrected start (开始时间).' })
  startedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Corrected end: after the start, not in the future, at most 24 h later (结束时间).' })
  @ValidateIfGiven()
  @NotInFuture()
  endedAt?: Date;

  @Field(() => Float, {
    nullable: true,
    description:
      'Corrected hours, more than 0 and at most the time between start and end; omitted: from the times when they change (服务时长).',
  })
  @ValidateIfGiven()
  @NumberRange(0.01, 24)
  hours?: number;

  @Field(() => String, { nullable: true, description: 'Corrected content, up to 500 characters; blank clears it (服务内容).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Corrected team; null clears it (服务队).' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Corrected activity; null clears it (关联活动).' })
  activityId?: string | null;

  @Field({ description: 'Why it is corrected, 1–200 characters (更正原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}
