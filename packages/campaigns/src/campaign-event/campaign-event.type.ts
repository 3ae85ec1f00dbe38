import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { EventFormat } from './event-format.enum';
import { VenueType } from './venue-type.enum';

@Directive('@key(fields: "id")')
@ObjectType('CampaignEvent', { description: 'A session held under a campaign: a lecture, fireside chat, screening, visit … (活动场次).' })
export class CampaignEvent {
  @Field(() => ID, { description: 'Stable identifier (场次编号).' })
  id: number;

  @Field({ description: 'Title, e.g. 红军巧渡金沙江（火塘夜话） (活动主题).' })
  title: string;

  @Field({ description: 'When it started (举办时间).' })
  heldAt: Date;

  @Field(() => EventFormat, { description: 'How it was held (活动形式).' })
  format: EventFormat;

  @Field(() => VenueType, { description: 'Kind of place it was taken into, e.g. 进农村 (场所类型).' })
  venueType: VenueType;

  @Field(() => String, { nullable: true, description: 'Where exactly, e.g. 照金纪念馆; null when the host unit is the place (地点).' })
  place: string | null;

  @Field(() => Int, { description: 'People reached, 0 or more (受众人次).' })
  audienceCount: number;

  @Field(() => String, { nullable: true, description: "What happened, in the recorder's words (活动简介)." })
  summary: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was voided; a voided event counts in no figure and is listed only on request (作废时间).',
  })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided (作废原因).' })
  voidReason: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
