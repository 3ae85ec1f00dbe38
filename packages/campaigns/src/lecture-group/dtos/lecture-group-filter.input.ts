import { Field, ID, InputType } from 'type-graphql';

@InputType('LectureGroupFilter', { description: 'Which lecture groups to list; all given conditions must hold (宣讲小组筛选).' })
export class LectureGroupFilter {
  @Field(() => ID, { nullable: true, description: 'Only groups based at this org unit itself (所属单位).' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only groups based at this org unit or any unit below it (所属单位及下级).' })
  subtreeOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only groups formed for this campaign (所属活动).' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only groups this volunteer belongs to (成员).' })
  memberId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name contains this, in Chinese (红孩儿) or pinyin, whole or initials, up to 50 characters (名称搜索).',
  })
  search?: string | null;
}
