import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { parseId, PeriodArgs, selectsField, StatsScope } from '@civic/subgraph-kit';
import { OrgUnitStub } from './org-unit.stub';
import { CampaignStats } from '../campaign/campaign-stats.type';
import type { CampaignsContext } from '../loaders';

/** The campaign fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitCampaignsResolver {
  @FieldResolver(() => CampaignStats, {
    description:
      'Events hosted by this unit or its subtree, over a period or all time, with audience and volunteers; voided events do not count (活动开展统计).',
  })
  campaignStats(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Arg('campaignId', () => ID, { nullable: true, description: 'Only events of this campaign; omit for all campaigns (指定活动).' })
    campaignId: string | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: CampaignsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.unitCampaignStats.load({
      unitId: unit.id,
      scope: scope ?? StatsScope.SUBTREE,
      campaignId: campaignId == null ? null : parseId(campaignId, 'campaign'),
      withVolunteers: selectsField(info, 'volunteerCount'),
      from: period.from,
      to: period.to,
    });
  }
}
