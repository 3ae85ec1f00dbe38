import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { chinaToday, PageArgsType, parseId } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import { OrgUnit } from '../org-unit/org-unit.type';
import { JointMeetingConnection } from './joint-meeting.connection';
import type { JointMeetingEntity } from './joint-meeting.entity';
import { JointMeetingFilter } from './joint-meeting-filter.input';
import { JointMeetingOrder } from './joint-meeting-order.input';
import { listJointMeetings } from './joint-meeting.queries';
import { CoordinationRow, JointMeeting, MeetingAttendee, MeetingDecision } from './joint-meeting.type';
import type { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { DecisionState } from './decision-state.enum';
import type { MeetingDecisionEntity } from './meeting-decision.entity';

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Query(() => JointMeeting, { nullable: true, description: 'One joint meeting by id (按编号查询联席会议).' })
  jointMeeting(@Arg('id', () => ID, { description: 'Meeting id (编号).' }) id: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.jointMeetingById.load(String(parseId(id, 'joint meeting')));
  }

  @Query(() => JointMeetingConnection, {
    description: 'Joint meetings matching a filter, in the order held unless sorted otherwise, paginated (联席会议列表).',
  })
  jointMeetings(
    @Arg('filter', () => JointMeetingFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: JointMeetingFilter | null,
    @Arg('orderBy', () => JointMeetingOrder, {
      nullable: true,
      description: 'How to sort; omit for the order held, earliest first (排序).',
    })
    orderBy: JointMeetingOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return listJointMeetings(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit that convened it (召集单位).' })
  convenedBy(@Root() meeting: JointMeetingEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(meeting.conveningUnitId));
  }

  @FieldResolver(() => [MeetingAttendee], { description: 'The units that attended, by id (参会单位).' })
  async attendees(@Root() meeting: JointMeetingEntity, @Ctx() ctx: OrgContext): Promise<MeetingAttendeeEntity[]> {
    const rows = await ctx.loaders.attendeesByMeeting.load(meeting.id);
    return ctx.access.isSignedIn ? rows : rows.map((row) => ({ ...row, personName: null }));
  }

  @FieldResolver(() => [MeetingDecision], { description: 'What the meeting decided, in the order recorded (议定事项).' })
  decisions(@Root() meeting: JointMeetingEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.decisionsByMeeting.load(meeting.id);
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  @FieldResolver(() => OrgUnit, { description: 'The unit (参会单位).' })
  orgUnit(@Root() attendee: MeetingAttendeeEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(attendee.orgUnitId));
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @FieldResolver(() => JointMeeting, { description: 'The meeting that decided it (所属会议).' })
  meeting(@Root() decision: MeetingDecisionEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.jointMeetingById.load(String(decision.meetingId));
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit responsible for carrying it out (责任单位).' })
  responsibleUnit(@Root() decision: MeetingDecisionEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(decision.responsibleUnitId));
  }

  @FieldResolver(() => Boolean, { description: 'Past its due day and not done, as of today in China (逾期).' })
  overdue(@Root() decision: MeetingDecisionEntity): boolean {
    return decision.state !== DecisionState.DONE && decision.dueOn < chinaToday();
  }
}

@Resolver(() => CoordinationRow)
export class CoordinationRowResolver {
  @FieldResolver(() => OrgUnit, { description: 'The sub-center (or other unit) below the center (成员单位).' })
  orgUnit(@Root() row: CoordinationRow, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(row.orgUnitId));
  }
}
