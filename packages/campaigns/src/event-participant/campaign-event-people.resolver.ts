import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EventFormat } from '../campaign-event/event-format.enum';
import type { CampaignEventEntity } from '../campaign-event/campaign-event.entity';
import { CampaignEvent } from '../campaign-event/campaign-event.type';
import type { CampaignsContext } from '../loaders';
import { VenueStub } from '../venue/venue.stub';
import { EventParticipant } from './event-participant.type';
import { OnlineReach } from './online-reach.type';

/** Who was at an event, how far it reached online, and the venue it was held at. */
@Resolver(() => CampaignEvent)
export class CampaignEventPeopleResolver {
  @FieldResolver(() => [EventParticipant], {
    description: 'Named people at the event: speakers, guests, hosts, performers, in the order recorded (出席人员).',
  })
  participants(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.participantsByEvent.load(event.id);
  }

  @FieldResolver(() => OnlineReach, {
    nullable: true,
    description:
      'How far an online event reached: views, people online, platform; null for offline events and before it is recorded (线上传播).',
  })
  onlineReach(@Root() event: CampaignEventEntity): OnlineReach | null {
    if (event.format !== EventFormat.ONLINE) return null;
    if (event.onlineViews === null && event.onlineParticipants === null && event.onlinePlatform === null) return null;
    return { views: event.onlineViews, participants: event.onlineParticipants, platform: event.onlinePlatform };
  }

  @FieldResolver(() => VenueStub, {
    nullable: true,
    description:
      "The venue it was held at, one of the org subgraph's venues, e.g. a red education site; null when not recorded (举办场馆).",
  })
  venue(@Root() event: CampaignEventEntity): VenueStub | null {
    return event.venueId === null ? null : { id: String(event.venueId) };
  }
}
