import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { VisitorKind } from '../visitor-kind.enum';

@InputType('RecordVisitInput', { description: 'A door-to-door visit (走访) to record.' })
export class RecordVisitInput {
  @Field(() => ID, { description: 'The station (or other unit) whose grid it was on (走访阵地).' })
  orgUnitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The household visited, registered at that unit; omit for a visit to no registered household (走访住户).',
  })
  householdId?: string | null;

  @Field(() => VisitorKind, { description: 'Who visited (走访人员类别).' })
  visitorKind: VisitorKind;

  @Field({ description: "The visitor's name, 1–50 characters (走访人)." })
  @TrimmedLength(1, 50)
  visitorName: string;

  @Field(() => ID, { nullable: true, description: 'The registered volunteer who visited, only for a VOLUNTEER visitor (志愿者编号).' })
  volunteerId?: string | null;

  @Field(() => DateScalar, { description: 'Day of the visit, not in the future (走访日期).' })
  @NotInFuture()
  visitedOn: string;

  @Field({ description: 'What was found: needs, troubles, disputes; 1–1000 characters (走访情况).' })
  @TrimmedLength(1, 1000)
  findings: string;

  @Field(() => Int, { nullable: true, description: "The resident's satisfaction, 1–5, when asked (群众满意度)." })
  @IsOptional()
  @NumberRange(1, 5)
  satisfaction?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The service order taken down for the resident on the visit (群众点单), an id of the volunteers subgraph.',
  })
  serviceRequestId?: string | null;
}
