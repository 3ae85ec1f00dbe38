import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { DecisionState } from './decision-state.enum';

@ObjectType('JointMeeting', {
  description: 'A joint meeting (联席会议) convened by a center with its sub-centers and institutes, part of the 一盘棋 mechanism.',
})
export class JointMeeting {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DateScalar, { description: 'Day held (召开日期).' })
  heldOn: string;

  @Field({ description: 'Topic (议题).' })
  topic: string;

  @Field(() => String, { nullable: true, description: 'Summary of the minutes (会议纪要).' })
  minutes: string | null;

  conveningUnitId: number;
}

@ObjectType('MeetingAttendee', { description: 'A unit at a joint meeting, with who came for it (参会单位).' })
export class MeetingAttendee {
  @Field(() => String, { nullable: true, description: 'Who came; null when not recorded or for callers without a token (参会人).' })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Their position, e.g. 分管副局长 (职务).' })
  position: string | null;

  meetingId: number;
  orgUnitId: number;
}

@ObjectType('MeetingDecision', {
  description: 'A decision of a joint meeting (会议议定事项), assigned to a responsible unit with a due day and followed up to done.',
})
export class MeetingDecision {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'What was decided (议定事项).' })
  text: string;

  @Field(() => DateScalar, { description: 'Day it is due (办结时限).' })
  dueOn: string;

  @Field(() => DecisionState, { description: 'How far it has been carried out (落实进度).' })
  state: DecisionState;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was done; null until DONE (办结日期).' })
  doneOn: string | null;

  @Field(() => String, { nullable: true, description: 'The latest progress note (进展情况).' })
  progressNote: string | null;

  meetingId: number;
  responsibleUnitId: number;
}

@ObjectType('CoordinationRow', {
  description: "One unit's part in its center's joint-meeting work over a period (一盘棋: 参会与议定事项落实).",
})
export class CoordinationRow {
  @Field(() => Int, { description: "Joint meetings in the period, convened in the center's subtree, that it attended (参会次数)." })
  meetingsAttended: number;

  @Field(() => Int, { description: 'Decisions of those meetings assigned to it or a unit below it (承办事项).' })
  decisionsAssigned: number;

  @Field(() => Int, { description: 'Of those, done by the end of the period (已办结).' })
  decisionsDone: number;

  @Field(() => Int, { description: 'Of those, past due and not done at the end of the period (or today, if earlier) (逾期未办结).' })
  decisionsOverdue: number;

  orgUnitId: number;
}

@ObjectType('Coordination', { description: "A center's joint-meeting work over a period, per unit below it (一盘棋工作机制)." })
export class Coordination {
  @Field(() => DateScalar, { description: 'First day of the period (起始日期).' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day of the period (截止日期).' })
  to: string;

  @Field(() => Int, { description: "Joint meetings held in the period, convened in the center's subtree (会议次数)." })
  meetingsHeld: number;

  @Field(() => [CoordinationRow], { description: 'One row per unit of the asked tier directly below the center, by id (成员单位).' })
  rows: CoordinationRow[];
}
