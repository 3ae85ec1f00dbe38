import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';

@InputType('RoleModelFilter', { description: 'Which role models to list; all given conditions must hold (典型筛选).' })
export class RoleModelFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Name contains this, in Chinese (靳康鹏) or pinyin, whole or initials (jkp), up to 50 characters (姓名搜索).',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only role models serving at this org unit or any unit below it (所在单位及下级).' })
  subtreeOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only role models holding an honour (not revoked) whose title contains this, e.g. 陕西好人, up to 100 characters (荣誉称号).',
  })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  honourTitle?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only role models holding an honour (not revoked) conferred in this year (授予年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  honourYear?: number | null;
}
