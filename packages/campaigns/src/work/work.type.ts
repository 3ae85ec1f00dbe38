import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { WorkKind } from './work-kind.enum';

@ObjectType('Work', {
  description: 'A work or material (作品与教材): a red textbook, play or song cycle, with the campaigns and events that used it.',
})
export class Work {
  @Field(() => ID, { description: 'Stable identifier (作品编号).' })
  id: number;

  @Field(() => WorkKind, { description: 'What kind of work it is (作品类别).' })
  kind: WorkKind;

  @Field({ description: 'Title, e.g. 《红色照金》 (作品名称).' })
  title: string;

  @Field(() => Int, { nullable: true, description: 'Year it was produced, where known (创作年份).' })
  year: number | null;

  @Field(() => String, { nullable: true, description: 'What it is and who made it (作品简介).' })
  description: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
