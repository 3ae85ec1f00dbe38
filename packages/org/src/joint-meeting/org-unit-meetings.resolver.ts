import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { badUserInput, DateScalar } from '@civic/runtime';
import { chinaToday, OrgLevel, PageArgsType } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { DecisionState, MeetingParticipation } from './decision-state.enum';
import { JointMeetingConnection, MeetingDecisionConnection } from './joint-meeting.connection';
import { JointMeetingOrder, jointMeetingOrdering } from './joint-meeting-order.input';
import { Coordination } from './joint-meeting.type';
import { MeetingDecisionOrder, meetingDecisionOrdering } from './meeting-decision-order.input';

@Resolver(() => OrgUnit)
export class OrgUnitMeetingsResolver {
  @FieldResolver(() => JointMeetingConnection, {
    description: 'Joint meetings this unit convened (or attended), in the order held unless sorted otherwise, paginated (联席会议).',
  })
  jointMeetings(
    @Root() unit: OrgUnitEntity,
    @Arg('participation', () => MeetingParticipation, {
      defaultValue: MeetingParticipation.CONVENED,
      description: 'Meetings it convened (default) or attended (召集或参会).',
    })
    participation: MeetingParticipation,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only meetings held on or after this day (起始日期).' })
    from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only meetings held on or before this day (截止日期).' }) to: string | null,
    @Arg('orderBy', () => JointMeetingOrder, {
      nullable: true,
      description: 'How to sort; omit for the order held, earliest first (排序).',
    })
    orderBy: JointMeetingOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    assertPeriod(from, to);
    return ctx.loaders.meetingPagesByUnit.load({
      parentId: unit.id,
      page,
      filter: { participation, from: from ?? null, to: to ?? null },
      ordering: jointMeetingOrdering(orderBy),
    });
  }

  @FieldResolver(() => MeetingDecisionConnection, {
    description: 'Joint-meeting decisions this unit is responsible for, by due day unless sorted otherwise, paginated (承办的议定事项).',
  })
  meetingDecisions(
    @Root() unit: OrgUnitEntity,
    @Arg('state', () => DecisionState, { nullable: true, description: 'Only decisions in this state (落实进度).' })
    state: DecisionState | null,
    @Arg('orderBy', () => MeetingDecisionOrder, {
      nullable: true,
      description: 'How to sort; omit for the due day, earliest first (排序).',
    })
    orderBy: MeetingDecisionOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return ctx.loaders.decisionPagesByUnit.load({
      parentId: unit.id,
      page,
      filter: state ?? null,
      ordering: meetingDecisionOrdering(orderBy),
    });
  }

  @FieldResolver(() => Coordination, {
    description:
      'The 一盘棋 view over a period: per unit directly below this center (sub-centers by default), the joint meetings it attended and the decisions it was assigned, done and overdue (一盘棋工作机制).',
  })
  coordination(
    @Root() unit: OrgUnitEntity,
    @Arg('from', () => DateScalar, { description: 'First day of the period (起始日期).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period (截止日期).' }) to: string,
    @Arg('level', () => OrgLevel, {
      defaultValue: OrgLevel.SUB_CENTER,
      description: 'Which tier of the units directly below to list: SUB_CENTER (default) or INSTITUTE (成员层级).',
    })
    level: OrgLevel,
    @Ctx() ctx: OrgContext,
  ) {
    assertPeriod(from, to);
    const today = chinaToday();
    return ctx.loaders.coordination.load({ unitId: unit.id, from, to, asOf: to < today ? to : today, level });
  }
}

function assertPeriod(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && to < from) throw badUserInput('to must not be before from', { argument: 'to' });
}
