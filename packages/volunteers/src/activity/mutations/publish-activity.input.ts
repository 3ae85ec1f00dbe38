import { Field, ID, InputType, Int } from 'type-graphql';
import { After, NumberRange, TrimmedLength } from '@civic/subgraph-kit';

@InputType('PublishActivityInput', { description: 'An activity to publish for recruitment (发布志愿服务活动).' })
export class PublishActivityInput {
  @Field({ description: 'Title (活动名称), 1–100 characters.' })
  @TrimmedLength(1, 100)
  title: string;

  @Field(() => String, { nullable: true, description: 'What volunteers will do (活动内容).' })
  description?: string | null;

  @Field(() => ID, { description: 'The organising unit (组织单位).' })
  orgUnitId: string;

  @Field(() => ID, { nullable: true, description: 'The team running it (服务队).' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The brand project it belongs to (精品项目).' })
  brandProjectId?: string | null;

  @Field({ description: 'Start (开始时间).' })
  startsAt: Date;

  @Field({ description: 'End, after the start, within 7 days (结束时间).' })
  @After('startsAt')
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where (地点).' })
  place?: string | null;

  @Field(() => Int, { description: 'How many volunteers it takes, 1–10000 (招募人数).' })
  @NumberRange(1, 10000)
  capacity: number;
}
