import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@Directive('@key(fields: "id")')
@ObjectType('LectureGroup', { description: "A lecture group (宣讲小组): volunteers who take a campaign's message to the places." })
export class LectureGroup {
  @Field(() => ID, { description: 'Stable identifier (小组编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 鲹鱼河镇党史学习教育宣讲小组 or 红孩儿宣讲团 (小组名称).' })
  name: string;

  @Field(() => [String], { description: 'What the group lectures on (宣讲主题).' })
  topics: string[];

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
