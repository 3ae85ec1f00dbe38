import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, PeriodArgs } from '@civic/subgraph-kit';
import { CampaignStats } from '../campaign/campaign-stats.type';
import { Campaign } from '../campaign/campaign.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { visibleVolunteers } from '../volunteer/visible-volunteers';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import { LectureGroupFilter } from './dtos/lecture-group-filter.input';
import { LectureGroupOrder } from './lecture-group-order';
import { LectureGroupConnection } from './lecture-group.connection';
import type { LectureGroupEntity } from './lecture-group.entity';
import { listLectureGroups } from './lecture-group.queries';
import { LectureGroup } from './lecture-group.type';

@Resolver(() => LectureGroup)
export class LectureGroupResolver {
  @Query(() => LectureGroup, { nullable: true, description: 'One lecture group by id (按编号查询宣讲小组).' })
  lectureGroup(@Arg('id', () => ID, { description: 'Lecture group id (小组编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.lectureGroupById.load(String(parseId(id, 'lecture group')));
  }

  @Query(() => LectureGroupConnection, { description: 'Lecture groups matching a filter, paginated (宣讲小组列表).' })
  lectureGroups(
    @Arg('filter', () => LectureGroupFilter, { nullable: true, description: 'Conditions; omit for all groups (筛选条件).' })
    filter: LectureGroupFilter | null,
    @Arg('orderBy', () => LectureGroupOrder, { nullable: true, description: 'How to sort; omit for creation order (排序).' })
    orderBy: LectureGroupOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listLectureGroups(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit the group is based at (所属单位).' })
  orgUnit(@Root() group: LectureGroupEntity): OrgUnitStub {
    return { id: String(group.orgUnitId) };
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign it was formed for; null for a standing group (所属活动).' })
  campaign(@Root() group: LectureGroupEntity, @Ctx() ctx: CampaignsContext) {
    return group.campaignId === null ? null : ctx.loaders.campaignById.load(String(group.campaignId));
  }

  @FieldResolver(() => [VolunteerStub], {
    description:
      'Its members (小组成员). Personal data: empty for callers without a token, only themselves for a VOLUNTEER token, all for staff roles.',
  })
  async members(@Root() group: LectureGroupEntity, @Ctx() ctx: CampaignsContext): Promise<VolunteerStub[]> {
    if (!ctx.access.isSignedIn) return [];
    return visibleVolunteers(ctx.access, await ctx.loaders.lectureGroupMemberIds.load(group.id));
  }

  @FieldResolver(() => CampaignStats, {
    description: 'Events the group gave, over a period or all time, people reached, volunteers involved (宣讲统计).',
  })
  stats(@Root() group: LectureGroupEntity, @Args() period: PeriodArgs, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.lectureGroupStats.load({ id: group.id, ...period });
  }
}
