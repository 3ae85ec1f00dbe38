import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { EventFormat } from '../event-format.enum';
import { VenueType } from '../venue-type.enum';

@InputType('RecordCampaignEventInput', { description: 'An event held under a campaign (登记活动场次).' })
export class RecordCampaignEventInput {
  @Field(() => ID, { description: 'The campaign it was held under (所属活动).' })
  campaignId: string;

  @Field({ description: 'Title (活动主题), 1–200 characters.' })
  @TrimmedLength(1, 200)
  title: string;

  @Field({ description: 'When it started; its day in China Standard Time must lie inside the campaign period (举办时间).' })
  heldAt: Date;

  @Field(() => EventFormat, { description: 'How it was held (活动形式).' })
  format: EventFormat;

  @Field(() => VenueType, { description: 'Kind of place it was taken into (场所类型).' })
  venueType: VenueType;

  @Field(() => ID, { description: "The org unit that hosted it; must exist and lie inside the recorder's subtree (承办单位)." })
  hostId: string;

  @Field(() => ID, { nullable: true, description: 'The lecture group that gave it (宣讲小组).' })
  lectureGroupId?: string | null;

  @Field(() => Int, { description: 'People reached, 0 or more (受众人次).' })
  @NumberRange(0, 1_000_000)
  audienceCount: number;

  @Field(() => [ID], { nullable: true, description: 'Volunteers who served, at most 200 (服务志愿者); ids of the volunteers subgraph.' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'volunteerIds may hold at most 200 volunteers' })
  volunteerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The sub-action of the campaign it belongs to (所属子行动).' })
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The work brand it was held under (所属工作品牌).' })
  workBrandId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The venue it was held at, an id of the org subgraph's venues, e.g. a red education site (举办场馆).",
  })
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where exactly, e.g. 照金纪念馆, up to 200 characters (地点).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, up to 2000 characters (活动简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  summary?: string | null;
}
