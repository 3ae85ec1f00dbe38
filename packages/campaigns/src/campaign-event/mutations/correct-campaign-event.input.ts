import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { EventFormat } from '../event-format.enum';
import { VenueType } from '../venue-type.enum';

@InputType('CorrectCampaignEventInput', {
  description: 'A correction of a recorded event: the fields to set (omitted ones stay), and why (更正活动场次).',
})
export class CorrectCampaignEventInput extends VersionedInput {
  @Field(() => ID, { description: 'The event to correct (场次编号).' })
  id: string;

  @Field({ description: 'Why it is corrected, 1–500 characters; kept in the audit log (更正原因).' })
  @TrimmedLength(1, 500)
  reason: string;

  @Field(() => String, { nullable: true, description: 'Title, 1–200 characters (活动主题).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  title?: string;

  @Field(() => Date, { nullable: true, description: 'When it started; its China day must lie inside the campaign period (举办时间).' })
  heldAt?: Date;

  @Field(() => EventFormat, { nullable: true, description: 'How it was held (活动形式).' })
  format?: EventFormat;

  @Field(() => VenueType, { nullable: true, description: 'Kind of place it was taken into (场所类型).' })
  venueType?: VenueType;

  @Field(() => ID, { nullable: true, description: "The org unit that hosted it; inside the corrector's subtree (承办单位)." })
  hostId?: string;

  @Field(() => Int, { nullable: true, description: 'People reached, 0 or more (受众人次).' })
  @ValidateIfGiven()
  @NumberRange(0, 1_000_000)
  audienceCount?: number;

  @Field(() => String, { nullable: true, description: 'Where exactly, up to 200 characters; null or blank clears it (地点).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, up to 2000 characters; null or blank clears it (活动简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lecture group that gave it; null clears it (宣讲小组).' })
  lectureGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The sub-action of its campaign it belongs to; null clears it (所属子行动).' })
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The work brand it was held under; null clears it (所属工作品牌).' })
  workBrandId?: string | null;

  @Field(() => ID, { nullable: true, description: "The venue it was held at (org subgraph's venues); null clears it (举办场馆)." })
  venueId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'All the volunteers who served, at most 200, replacing those recorded (服务志愿者).' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'volunteerIds may hold at most 200 volunteers' })
  volunteerIds?: string[] | null;
}
