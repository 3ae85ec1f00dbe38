import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { CampaignKind } from '../campaign-kind.enum';

@InputType('CampaignFilter', { description: 'Which campaigns to list; all given conditions must hold (活动筛选).' })
export class CampaignFilter {
  @Field(() => CampaignKind, { nullable: true, description: 'Only campaigns of this kind (活动类型).' })
  kind?: CampaignKind | null;

  @Field(() => ID, { nullable: true, description: 'Only campaigns organised by this org unit (主办单位).' })
  organizerId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only campaigns running on this day, YYYY-MM-DD; a missing start or end counts as open (进行中日期).',
  })
  activeOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only campaigns organised by this org unit or any unit below it (主办单位及下级).' })
  organizerSubtreeOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only closed campaigns; false: only open ones; omit for both (是否已关闭).' })
  closed?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name contains this, in Chinese (会东) or pinyin, whole (huidong) or initials (hd), up to 50 characters (名称搜索).',
  })
  search?: string | null;
}
