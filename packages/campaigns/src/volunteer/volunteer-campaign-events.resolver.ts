import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { PageArgsType, tryParseId } from '@civic/subgraph-kit';
import { CampaignEventOrder } from '../campaign-event/campaign-event-order';
import { CampaignEventFilter } from '../campaign-event/dtos/campaign-event-filter.input';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import type { CampaignsContext } from '../loaders';
import { VolunteerStub } from './volunteer.stub';

/** The campaign fields this subgraph adds to Volunteer. */
@Resolver(() => VolunteerStub)
export class VolunteerCampaignEventsResolver {
  @FieldResolver(() => CampaignEventConnection, {
    description:
      'Events the volunteer served at, oldest first, paginated (参与的活动场次). Personal data: staff roles, and a VOLUNTEER token for itself.',
  })
  campaignEvents(
    @Root() volunteer: VolunteerStub,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    const volunteerId = tryParseId(volunteer.id) ?? 0;
    ctx.access.requireSignedIn('the events a volunteer served at');
    if (ctx.access.identity.role === 'VOLUNTEER' && !ctx.access.isVolunteer(volunteerId))
      throw forbidden('a volunteer may read only its own record');
    return listCampaignEvents(ctx.db, { volunteerId }, filter, orderBy, page);
  }
}
