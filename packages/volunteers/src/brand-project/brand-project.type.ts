import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@ObjectType('BrandProject', { description: 'A brand project (精品项目) grouping teams and activities, e.g. 文明劝导, 周末大扫除.' })
export class BrandProject {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name (项目名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is (简介).' })
  description: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the project was retired; null while running (停用时间).' })
  retiredAt: Date | null;

  orgUnitId: number;
}
