import { Field, ID, InputType } from 'type-graphql';
import { VenueKind } from './venue-kind.enum';

@InputType('VenueFilter', { description: 'Which venues to list; all given conditions must hold (阵地资源筛选条件).' })
export class VenueFilter {
  @Field(() => VenueKind, { nullable: true, description: 'Only venues of this kind (类别).' })
  kind?: VenueKind | null;

  @Field(() => ID, { nullable: true, description: 'Only venues of this unit (所属阵地).' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only venues of this unit and every unit below it (所属阵地及下级).' })
  subtreeOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name in Chinese (农家书屋), or its pinyin, whole (nongjiashuwu) or by initials (njsw) (名称搜索).',
  })
  search?: string | null;
}
