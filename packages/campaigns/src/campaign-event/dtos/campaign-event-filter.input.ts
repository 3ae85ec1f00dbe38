import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';
import { EventFormat } from '../event-format.enum';
import { VenueType } from '../venue-type.enum';

@InputType('CampaignEventFilter', { description: 'Which events to list; all given conditions must hold (场次筛选).' })
export class CampaignEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only events of this campaign (所属活动).' })
  campaignId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only events held on or after this China day, YYYY-MM-DD (起始日期).' })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only events held on or before this China day, YYYY-MM-DD (截止日期).' })
  @NotBefore('heldFrom')
  heldTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events held under this work brand (工作品牌).' })
  workBrandId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Title contains this, in Chinese (金沙江) or pinyin, whole or initials, up to 50 characters (主题搜索).',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also list voided events (default false) (含已作废).' })
  includeVoided?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only events hosted by this org unit itself (承办单位).' })
  hostId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events hosted by this org unit or any unit below it (承办单位及下级).' })
  hostSubtreeOf?: string | null;

  @Field(() => VenueType, { nullable: true, description: 'Only events taken into this kind of place (场所类型).' })
  venueType?: VenueType | null;

  @Field(() => EventFormat, { nullable: true, description: 'Only events of this format (活动形式).' })
  format?: EventFormat | null;

  @Field(() => Date, { nullable: true, description: 'Only events held at or after this instant (起始时间).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events held before this instant (截止时间, exclusive).' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this lecture group (宣讲小组).' })
  lectureGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events under this sub-action of the campaign (子行动).' })
  actionId?: string | null;
}
