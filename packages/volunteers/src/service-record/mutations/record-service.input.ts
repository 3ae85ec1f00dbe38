import { Field, ID, InputType } from 'type-graphql';
import { After, IsOptionalText, NotInFuture, TrimmedLength } from '@civic/subgraph-kit';

@InputType('RecordServiceInput', { description: 'Hours of actual service to record for a volunteer (记录服务时长).' })
export class RecordServiceInput {
  @Field(() => ID, { description: 'The volunteer (志愿者).' })
  volunteerId: string;

  @Field(() => ID, { nullable: true, description: 'The team served with (所在服务队).' })
  teamId?: string | null;

  @Field({ description: 'Start of the service (开始时间).' })
  startedAt: Date;

  @Field({ description: 'End: after the start, not in the future, at most 24 h later (结束时间).' })
  @After('startedAt')
  @NotInFuture()
  endedAt: Date;

  @Field(() => String, { nullable: true, description: 'What was done (服务内容), up to 500 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign event served at, if any (关联宣讲场次).' })
  campaignEventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Client-chosen key: the same key twice records once and returns the first record (幂等键).',
  })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  idempotencyKey?: string | null;
}
