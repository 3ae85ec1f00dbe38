import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange, ValidateIfGiven } from '@civic/subgraph-kit';
import { WorkKind } from '../work-kind.enum';

@InputType('WorkFilter', { description: 'Which works to list; all given conditions must hold (作品筛选).' })
export class WorkFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Title contains this, in Chinese (照金) or pinyin, whole or initials, up to 50 characters (名称搜索).',
  })
  search?: string | null;

  @Field(() => WorkKind, { nullable: true, description: 'Only works of this kind (作品类别).' })
  kind?: WorkKind | null;

  @Field(() => ID, { nullable: true, description: 'Only works produced by this org unit or any unit below it (出品单位及下级).' })
  subtreeOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only works produced in this year (创作年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  year?: number | null;
}
