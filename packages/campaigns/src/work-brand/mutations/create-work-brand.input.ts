import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('CreateWorkBrandInput', { description: 'A new work brand of an org unit (新建工作品牌).' })
export class CreateWorkBrandInput {
  @Field({ description: 'Name, 1–200 characters, unique within the unit (品牌名称).' })
  @TrimmedLength(1, 200)
  name: string;

  @Field(() => ID, { description: "The org unit that runs it; must be inside the caller's subtree (所属单位)." })
  orgUnitId: string;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2000 characters (品牌简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it serves minors' moral education; default false (未成年人思想道德建设)." })
  forMinors?: boolean | null;
}
