import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { CampaignAction } from '../campaign-action/campaign-action.type';
import { Campaign } from '../campaign/campaign.type';
import { LectureGroup } from '../lecture-group/lecture-group.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { visibleVolunteers } from '../volunteer/visible-volunteers';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import { WorkBrand } from '../work-brand/work-brand.type';
import type { CampaignEventEntity } from './campaign-event.entity';
import { CampaignEventOrder } from './campaign-event-order';
import { CampaignEventConnection } from './campaign-event.connection';
import { listCampaignEvents } from './campaign-event.queries';
import { CampaignEvent } from './campaign-event.type';
import { CampaignEventFilter } from './dtos/campaign-event-filter.input';

@Resolver(() => CampaignEvent)
export class CampaignEventResolver {
  @Query(() => CampaignEvent, { nullable: true, description: 'One campaign event by id (按编号查询活动场次).' })
  campaignEvent(@Arg('id', () => ID, { description: 'Event id (场次编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.campaignEventById.load(String(parseId(id, 'campaign event')));
  }

  @Query(() => CampaignEventConnection, {
    description:
      'Events across campaigns matching a filter, oldest first unless asked otherwise, paginated; voided ones only on request (活动场次列表).',
  })
  campaignEvents(
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all events (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { all: true }, filter, orderBy, page);
  }

  @FieldResolver(() => Campaign, { description: 'The campaign it was held under (所属活动).' })
  campaign(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.campaignById.load(String(event.campaignId));
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit that hosted it (承办单位).' })
  host(@Root() event: CampaignEventEntity): OrgUnitStub {
    return { id: String(event.hostUnitId) };
  }

  @FieldResolver(() => LectureGroup, { nullable: true, description: 'The lecture group that gave it, if any (宣讲小组).' })
  lectureGroup(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return event.lectureGroupId === null ? null : ctx.loaders.lectureGroupById.load(String(event.lectureGroupId));
  }

  @FieldResolver(() => CampaignAction, {
    nullable: true,
    description: 'The sub-action of the campaign it belongs to, if any (所属子行动).',
  })
  action(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return event.actionId === null ? null : ctx.loaders.actionById.load(String(event.actionId));
  }

  @FieldResolver(() => WorkBrand, { nullable: true, description: 'The work brand it was held under, if any (所属工作品牌).' })
  workBrand(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return event.workBrandId === null ? null : ctx.loaders.workBrandById.load(String(event.workBrandId));
  }

  @FieldResolver(() => [VolunteerStub], {
    description:
      'Volunteers who served at it (服务志愿者). Who served is personal data: empty for callers without a token, only themselves for a VOLUNTEER token, all for staff roles.',
  })
  async volunteers(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext): Promise<VolunteerStub[]> {
    if (!ctx.access.isSignedIn) return [];
    return visibleVolunteers(ctx.access, await ctx.loaders.eventVolunteerIds.load(event.id));
  }
}
