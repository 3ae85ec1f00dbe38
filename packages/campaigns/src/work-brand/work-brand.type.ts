import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@ObjectType('WorkBrand', {
  description: 'A work brand (工作品牌) of an org unit, e.g. 红色基因代代传 in Tongchuan, with the activities held under it.',
})
export class WorkBrand {
  @Field(() => ID, { description: 'Stable identifier (品牌编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 太阳花工程 (品牌名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is about (品牌简介).' })
  description: string | null;

  @Field({ description: "Whether it serves minors' moral education (未成年人思想道德建设)." })
  forMinors: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was retired; a retired brand keeps its activities but takes no new ones (停用时间).',
  })
  retiredAt: Date | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
