import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import { Activity } from '../activity/activity.type';
import { CampaignEventStub } from '../campaign-event/campaign-event.stub';
import type { VolunteersContext } from '../loaders';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { Volunteer } from '../volunteer/volunteer.type';
import type { ServiceRecordEntity } from './service-record.entity';
import { ServiceRecordFilter } from './service-record-filter.input';
import { ServiceRecordOrder } from './service-record-order';
import { ServiceRecordConnection } from './service-record.connection';
import { listServiceRecords } from './service-record.queries';
import { ServiceRecord } from './service-record.type';

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @Query(() => ServiceRecordConnection, {
    description:
      'Service records across volunteers, newest start first unless sorted otherwise, paginated (服务记录列表). Staff see all; a volunteer its own.',
  })
  serviceRecords(
    @Arg('filter', () => ServiceRecordFilter, { nullable: true, description: 'Conditions; omit for all records (筛选条件).' })
    filter: ServiceRecordFilter | null,
    @Arg('orderBy', () => ServiceRecordOrder, { nullable: true, description: 'How to sort; omit for newest start first (排序).' })
    orderBy: ServiceRecordOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    return listServiceRecords(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => Volunteer, { description: 'Who served (志愿者).' })
  volunteer(@Root() record: ServiceRecordEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.volunteerById.load(String(record.volunteerId));
  }

  @FieldResolver(() => CampaignEventStub, { nullable: true, description: 'The campaign event served at, if any (关联宣讲场次).' })
  campaignEvent(@Root() record: ServiceRecordEntity): CampaignEventStub | null {
    return record.campaignEventId ? { id: String(record.campaignEventId) } : null;
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team served with (服务队).' })
  team(@Root() record: ServiceRecordEntity, @Ctx() ctx: VolunteersContext) {
    return record.teamId ? ctx.loaders.teamById.load(String(record.teamId)) : null;
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The activity served at, if any (关联活动).' })
  activity(@Root() record: ServiceRecordEntity, @Ctx() ctx: VolunteersContext) {
    return record.activityId ? ctx.loaders.activityById.load(String(record.activityId)) : null;
  }
}
