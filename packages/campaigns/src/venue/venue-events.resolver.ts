import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType, tryParseId } from '@civic/subgraph-kit';
import { CampaignEventOrder } from '../campaign-event/campaign-event-order';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import { CampaignEventFilter } from '../campaign-event/dtos/campaign-event-filter.input';
import type { CampaignsContext } from '../loaders';
import { VenueStub } from './venue.stub';

/** The campaign fields this subgraph adds to Venue: what was held there. */
@Resolver(() => VenueStub)
export class VenueEventsResolver {
  @FieldResolver(() => CampaignEventConnection, {
    description: 'Campaign events held at the venue, oldest first unless asked otherwise, paginated (在此举办的活动).',
  })
  events(
    @Root() venue: VenueStub,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { venueId: tryParseId(venue.id) ?? 0, studyVisitsOnly: false }, filter, orderBy, page);
  }

  @FieldResolver(() => CampaignEventConnection, {
    description:
      'Study visits (研学实践) held at the venue: its events under study-tour campaigns, oldest first unless asked otherwise, paginated.',
  })
  studyVisits(
    @Root() venue: VenueStub,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { venueId: tryParseId(venue.id) ?? 0, studyVisitsOnly: true }, null, orderBy, page);
  }
}
