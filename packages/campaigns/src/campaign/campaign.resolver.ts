import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, PeriodArgs } from '@civic/subgraph-kit';
import { CampaignOrder } from './campaign-order';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { CampaignsContext } from '../loaders';
import { CampaignStats } from './campaign-stats.type';
import { CampaignConnection } from './campaign.connection';
import type { CampaignEntity } from './campaign.entity';
import { listCampaigns } from './campaign.queries';
import { Campaign } from './campaign.type';
import { CampaignFilter } from './dtos/campaign-filter.input';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign, { nullable: true, description: 'One campaign by id (按编号查询活动).' })
  campaign(@Arg('id', () => ID, { description: 'Campaign id (活动编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.campaignById.load(String(parseId(id, 'campaign')));
  }

  @Query(() => CampaignConnection, { description: 'Campaigns matching a filter, paginated (活动列表).' })
  campaigns(
    @Arg('filter', () => CampaignFilter, { nullable: true, description: 'Conditions; omit for all campaigns (筛选条件).' })
    filter: CampaignFilter | null,
    @Arg('orderBy', () => CampaignOrder, { nullable: true, description: 'How to sort; omit for creation order (排序).' })
    orderBy: CampaignOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaigns(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit that runs the campaign (主办单位).' })
  organizer(@Root() campaign: CampaignEntity): OrgUnitStub {
    return { id: String(campaign.organizerUnitId) };
  }

  @FieldResolver(() => CampaignStats, {
    description: 'Events held, people reached and volunteers involved, over a period or so far; voided events do not count (活动统计).',
  })
  stats(@Root() campaign: CampaignEntity, @Args() period: PeriodArgs, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.campaignStats.load({ id: campaign.id, ...period });
  }
}
