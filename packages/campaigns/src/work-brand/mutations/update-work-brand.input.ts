import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateWorkBrandInput', { description: 'Changes to a work brand; omitted fields stay as they are (修改工作品牌).' })
export class UpdateWorkBrandInput extends VersionedInput {
  @Field(() => ID, { description: 'The brand (品牌编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name, 1–200 characters, unique within the unit (品牌名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2000 characters; null or blank clears it (品牌简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it serves minors' moral education (未成年人思想道德建设)." })
  forMinors?: boolean | null;
}
