import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { ReportedDecisionState } from '../decision-state.enum';

@InputType('MeetingAttendeeInput', { description: 'A unit at a joint meeting, with who came for it (参会单位).' })
export class MeetingAttendeeInput {
  @Field(() => ID, { description: "The unit, inside the convening unit's subtree (参会单位)." })
  orgUnitId: string;

  @Field(() => String, { nullable: true, description: 'Who came (参会人), at most 50 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their position (职务), at most 50 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  position?: string | null;
}

@InputType('RecordJointMeetingInput', { description: 'A joint meeting held (联席会议).' })
export class RecordJointMeetingInput {
  @Field(() => ID, { description: 'The unit that convened it (召集单位).' })
  conveningUnitId: string;

  @Field(() => DateScalar, { description: 'Day held (召开日期), not in the future.' })
  @NotInFuture()
  heldOn: string;

  @Field({ description: 'Topic (议题), 1–200 characters.' })
  @TrimmedLength(1, 200)
  topic: string;

  @Field(() => String, { nullable: true, description: 'Summary of the minutes (会议纪要), at most 5000 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 5000)
  minutes?: string | null;

  @Field(() => [MeetingAttendeeInput], {
    description: "The units that attended, 1–100, each once, all inside the convening unit's subtree (参会单位).",
  })
  @ArrayMinSize(1, { message: 'attendees must name at least one unit' })
  @ArrayMaxSize(100, { message: 'attendees may name at most 100 units' })
  @ValidateNested()
  attendees: MeetingAttendeeInput[];
}

@InputType('AddMeetingDecisionInput', { description: 'A decision of a joint meeting, assigned to a unit (议定事项).' })
export class AddMeetingDecisionInput {
  @Field(() => ID, { description: 'The meeting (所属会议).' })
  meetingId: string;

  @Field({ description: 'What was decided (议定事项), 1–500 characters.' })
  @TrimmedLength(1, 500)
  text: string;

  @Field(() => ID, { description: "The unit responsible, inside the convening unit's subtree (责任单位)." })
  responsibleUnitId: string;

  @Field(() => DateScalar, { description: 'Day it is due (办结时限), not before the meeting.' })
  dueOn: string;
}

@InputType('ReportDecisionProgressInput', { description: 'Progress on a joint-meeting decision (报告落实进度).' })
export class ReportDecisionProgressInput {
  @Field(() => ID, { description: 'The decision (议定事项).' })
  decisionId: string;

  @Field(() => ReportedDecisionState, { description: 'IN_PROGRESS, or DONE (once only) (进度).' })
  state: ReportedDecisionState;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day of the report, the done day for DONE (日期); not in the future nor before the meeting; default today.',
  })
  @IsOptional()
  @NotInFuture()
  on?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done (进展情况), at most 1000 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  note?: string | null;
}
