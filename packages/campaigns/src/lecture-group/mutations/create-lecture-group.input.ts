import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength } from '@civic/subgraph-kit';

const TOPICS_RULE = 'topics must be at most 20, each up to 100 characters';

@InputType('CreateLectureGroupInput', { description: 'A new lecture group (新建宣讲小组).' })
export class CreateLectureGroupInput {
  @Field({ description: 'Name (小组名称), 1–200 characters.' })
  @TrimmedLength(1, 200)
  name: string;

  @Field(() => ID, { description: "The org unit it is based at; must be inside the caller's subtree (所属单位)." })
  orgUnitId: string;

  @Field(() => ID, { nullable: true, description: 'The campaign it is formed for; omit for a standing group (所属活动).' })
  campaignId?: string | null;

  @Field(() => [String], { nullable: true, description: 'What it lectures on, at most 20 topics of up to 100 characters (宣讲主题).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: TOPICS_RULE })
  @TrimmedLength(0, 100, { each: true, message: TOPICS_RULE })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Member volunteers, at most 200 (小组成员); ids of the volunteers subgraph.' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'memberIds may hold at most 200 volunteers' })
  memberIds?: string[] | null;
}
