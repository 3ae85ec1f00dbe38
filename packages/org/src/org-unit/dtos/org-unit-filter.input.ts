import { Field, ID, InputType } from 'type-graphql';
import { OrgLevel } from '@civic/subgraph-kit';
import { DesignationKind } from '../../designation/designation-kind.enum';
import { OrgUnitState } from '../org-unit-state.enum';

@InputType({ description: 'Which org units to list; all given conditions must hold (阵地筛选条件).' })
export class OrgUnitFilter {
  @Field(() => OrgLevel, { nullable: true, description: 'Only units of this tier (层级).' })
  level?: OrgLevel | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit (上级阵地).' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only units anywhere below this unit (所属阵地).' })
  ancestorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name in Chinese (会东), or its pinyin, whole (huidong) or by initials (hdx) (名称搜索).',
  })
  search?: string | null;

  @Field(() => DesignationKind, { nullable: true, description: 'Only units holding a designation of this kind now (称号类别).' })
  designation?: DesignationKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only units holding a pilot designation now; false: only units without one (试点).',
  })
  isPilot?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only units serving this administrative division or a division inside it, by official code, e.g. 513426 (所在区划).',
  })
  regionCode?: string | null;

  @Field(() => OrgUnitState, { nullable: true, description: 'Open units, closed ones or both; omit for both (阵地状态).' })
  state?: OrgUnitState | null;
}
