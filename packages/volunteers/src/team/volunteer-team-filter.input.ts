import { Field, ID, InputType } from 'type-graphql';
import { TeamLevel } from './team-level.enum';

@InputType('VolunteerTeamFilter', { description: 'Which teams to list; all given conditions must hold (服务队筛选).' })
export class VolunteerTeamFilter {
  @Field(() => ID, { nullable: true, description: 'Only teams based at this unit (所属阵地).' })
  orgUnitId?: string | null;

  @Field(() => TeamLevel, { nullable: true, description: 'Only teams of this tier (层级).' })
  level?: TeamLevel | null;

  @Field(() => String, { nullable: true, description: 'Only teams of this theme (服务主题).' })
  theme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only teams based at this unit or anywhere below it (所属范围).' })
  subtreeOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name: Chinese characters match the name (移风易俗), Latin letters its pinyin, whole or initials (yfys) (名称搜索).',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only teams of this brand project (所属精品项目).' })
  brandProjectId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include dissolved teams (default false) (含已解散).' })
  includeDissolved?: boolean | null;
}
