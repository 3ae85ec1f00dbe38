import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType, PeriodArgs } from '@civic/subgraph-kit';
import { CampaignAction } from '../campaign-action/campaign-action.type';
import { CampaignEventOrder } from '../campaign-event/campaign-event-order';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import { CampaignEventFilter } from '../campaign-event/dtos/campaign-event-filter.input';
import { LectureGroup } from '../lecture-group/lecture-group.type';
import type { CampaignsContext } from '../loaders';
import { BreakdownDimension } from './breakdown-dimension.enum';
import { campaignProgress } from './campaign-progress';
import { CampaignProgress } from './campaign-progress.type';
import type { CampaignEntity } from './campaign.entity';
import { Campaign } from './campaign.type';
import { StatsBucket } from './stats-bucket.type';

/** What leaders read of a campaign: breakdowns, progress, its events, groups and sub-actions. */
@Resolver(() => Campaign)
export class CampaignViewsResolver {
  @FieldResolver(() => [StatsBucket], {
    description:
      "The campaign's events and audience over a period (or all time) broken down by unit, kind of place, format or month; by MONTH with both from and to, every month of the period, zeros included; voided events do not count (分组统计).",
  })
  breakdown(
    @Root() campaign: CampaignEntity,
    @Arg('by', () => BreakdownDimension, { description: 'What to group by (分组维度).' }) by: BreakdownDimension,
    @Args() period: PeriodArgs,
    @Arg('skipEmptyUnits', () => Boolean, {
      nullable: true,
      description:
        'By ORG_UNIT: leave out child units without events in the period (default false: every open child, zeros included) (忽略无活动单位).',
    })
    skipEmptyUnits: boolean | null,
    @Ctx() ctx: CampaignsContext,
  ) {
    return ctx.loaders.campaignBreakdown.load({
      campaignId: campaign.id,
      by,
      from: period.from,
      to: period.to,
      skipEmptyUnits: skipEmptyUnits ?? false,
    });
  }

  @FieldResolver(() => CampaignProgress, {
    description: "Events and audience against the campaign's targets, counting the events of a period (or all) (目标完成情况).",
  })
  async progress(@Root() campaign: CampaignEntity, @Args() period: PeriodArgs, @Ctx() ctx: CampaignsContext): Promise<CampaignProgress> {
    return campaignProgress(campaign, await ctx.loaders.campaignStats.load({ id: campaign.id, ...period }));
  }

  @FieldResolver(() => CampaignEventConnection, { description: 'The events held under the campaign, oldest first, paginated (活动场次).' })
  events(
    @Root() campaign: CampaignEntity,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { campaignId: campaign.id }, filter, orderBy, page);
  }

  @FieldResolver(() => [CampaignAction], { description: 'Named sub-actions, e.g. the ten customs-reform actions, in order (子行动).' })
  async actions(
    @Root() campaign: CampaignEntity,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'Also list retired sub-actions (default false) (含已停用).' })
    includeRetired: boolean | null,
    @Ctx() ctx: CampaignsContext,
  ) {
    const actions = await ctx.loaders.actionsByCampaign.load(campaign.id);
    return includeRetired ? actions : actions.filter((action) => action.retiredAt === null);
  }

  @FieldResolver(() => [LectureGroup], { description: 'The lecture groups formed for this campaign (宣讲小组).' })
  lectureGroups(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.lectureGroupsByCampaign.load(campaign.id);
  }
}
