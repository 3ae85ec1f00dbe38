import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('BrandProject', { description: 'A brand project (精品项目) grouping teams and activities, e.g. 文明劝导, 周末大扫除.' })
export class BrandProject {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name (项目名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is (简介).' })
  description: string | null;

  orgUnitId: number;
}
