import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import { CampaignAction } from '../campaign-action/campaign-action.type';
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
    description: "The campaign's events and audience broken down by unit, kind of place, format or month (分组统计).",
  })
  breakdown(
    @Root() campaign: CampaignEntity,
    @Arg('by', () => BreakdownDimension, { description: 'What to group by (分组维度).' }) by: BreakdownDimension,
    @Ctx() ctx: CampaignsContext,
  ) {
    return ctx.loaders.campaignBreakdown.load({ campaignId: campaign.id, by });
  }

  @FieldResolver(() => CampaignProgress, { description: "Events and audience against the campaign's targets (目标完成情况)." })
  async progress(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignProgress> {
    return campaignProgress(campaign, await ctx.loaders.campaignStats.load(campaign.id));
  }

  @FieldResolver(() => CampaignEventConnection, { description: 'The events held under the campaign, oldest first, paginated (活动场次).' })
  events(
    @Root() campaign: CampaignEntity,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { campaignId: campaign.id }, filter, page);
  }

  @FieldResolver(() => [CampaignAction], { description: 'Named sub-actions, e.g. the ten customs-reform actions, in order (子行动).' })
  actions(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.actionsByCampaign.load(campaign.id);
  }

  @FieldResolver(() => [LectureGroup], { description: 'The lecture groups formed for this campaign (宣讲小组).' })
  lectureGroups(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.lectureGroupsByCampaign.load(campaign.id);
  }
}
