import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { JointMeeting, MeetingDecision } from '../joint-meeting.type';
import { AddMeetingDecisionInput, RecordJointMeetingInput, ReportDecisionProgressInput } from './joint-meeting.inputs';
import { addMeetingDecision, reportDecisionProgress } from './meeting-decisions';
import { recordJointMeeting } from './record-joint-meeting';

@Resolver(() => JointMeeting)
export class JointMeetingMutationResolver {
  @Mutation(() => JointMeeting, {
    description: 'Records a joint meeting with its attendees (登记联席会议). ADMIN; ORG_ADMIN for a convening unit of its subtree.',
  })
  recordJointMeeting(@Arg('input', () => RecordJointMeetingInput, INPUT_ARG) input: RecordJointMeetingInput, @Ctx() ctx: OrgContext) {
    return recordJointMeeting(ctx, input);
  }

  @Mutation(() => MeetingDecision, {
    description: 'Adds a decision to a joint meeting, assigned to a unit (登记议定事项). Same rights as recording the meeting.',
  })
  addMeetingDecision(@Arg('input', () => AddMeetingDecisionInput, INPUT_ARG) input: AddMeetingDecisionInput, @Ctx() ctx: OrgContext) {
    return addMeetingDecision(ctx, input);
  }

  @Mutation(() => MeetingDecision, {
    description:
      'Reports progress on a decision (报告落实进度): ADMIN; ORG_ADMIN of the convening or the responsible unit. A DONE decision: CONFLICT.',
  })
  reportDecisionProgress(
    @Arg('input', () => ReportDecisionProgressInput, INPUT_ARG) input: ReportDecisionProgressInput,
    @Ctx() ctx: OrgContext,
  ) {
    return reportDecisionProgress(ctx, input);
  }
}
