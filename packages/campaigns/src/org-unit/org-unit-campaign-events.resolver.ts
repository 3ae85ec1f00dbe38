import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType, StatsScope, tryParseId } from '@civic/subgraph-kit';
import { CampaignEventOrder } from '../campaign-event/campaign-event-order';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import { CampaignEventFilter } from '../campaign-event/dtos/campaign-event-filter.input';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from './org-unit.stub';

/** The events an org unit hosted. */
@Resolver(() => OrgUnitStub)
export class OrgUnitCampaignEventsResolver {
  @FieldResolver(() => CampaignEventConnection, {
    description: 'Events hosted by this unit (or its subtree), oldest first, paginated; two statements per unit (承办的活动场次).',
  })
  campaignEvents(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF (default) or SUBTREE (范围).' }) scope: StatsScope | null,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    const hostUnitId = tryParseId(unit.id) ?? 0;
    return listCampaignEvents(ctx.db, { hostUnitId, subtree: scope === StatsScope.SUBTREE }, filter, orderBy, page);
  }
}
