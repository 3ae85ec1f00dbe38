import { Field, ID, InputType } from 'type-graphql';

@InputType('WorkBrandFilter', { description: 'Which work brands to list; all given conditions must hold (品牌筛选).' })
export class WorkBrandFilter {
  @Field(() => ID, { nullable: true, description: 'Only brands of this org unit itself (所属单位).' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only brands of this org unit or any unit below it (所属单位及下级).' })
  subtreeOf?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only brands that do (true) or do not (false) serve minors' moral education (未成年人品牌).",
  })
  forMinors?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name contains this, in Chinese (太阳花) or pinyin, whole or initials, up to 50 characters (名称搜索).',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also list retired brands (default false) (含已停用).' })
  includeRetired?: boolean | null;
}
