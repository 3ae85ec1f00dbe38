import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { DisputeAction } from './dispute-action.enum';
import { DisputeCategory } from './dispute-category.enum';
import { DisputeSource } from './dispute-source.enum';
import { DisputeState } from './dispute-state.enum';

@ObjectType('DisputeCase', {
  description:
    'A dispute found on the grid (矛盾纠纷排查) and its mediation: FOUND → MEDIATING → RESOLVED or ESCALATED, each step dated. The parties are personal data, masked as household data is.',
})
export class DisputeCase {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DisputeCategory, { description: 'What it is about (纠纷类别).' })
  category: DisputeCategory;

  @Field(() => DisputeSource, { description: 'How it came to light (线索来源).' })
  source: DisputeSource;

  @Field({ description: 'What the dispute is, without names (纠纷概要).' })
  summary: string;

  @Field(() => DateScalar, { description: 'Day it was found (排查日期).' })
  foundOn: string;

  @Field(() => DisputeState, { description: 'Where it stands (办理状态).' })
  state: DisputeState;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was resolved or escalated; null while open (办结日期).' })
  closedOn: string | null;

  @Field(() => Int, { nullable: true, description: "The parties' satisfaction with the settlement, 1–5, given on resolving (群众满意度)." })
  satisfaction: number | null;

  @Field({ description: 'When it was registered (登记时间).' })
  createdAt: Date;
}

@ObjectType('DisputeCaseStep', {
  description: 'One step of a dispute case: what, on which day, handled by whom, with what note (办理记录).',
})
export class DisputeCaseStep {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DisputeAction, { description: 'The step (步骤).' })
  action: DisputeAction;

  @Field(() => DisputeState, { nullable: true, description: 'State before the step; null for the opening (原状态).' })
  fromState: DisputeState | null;

  @Field(() => DisputeState, { description: 'State after the step (新状态).' })
  toState: DisputeState;

  @Field(() => DateScalar, { description: 'Day the step was taken (办理日期).' })
  takenOn: string;

  @Field(() => String, { nullable: true, description: 'Who handled it: the mediation committee, office or role (办理人/调解组织).' })
  handledBy: string | null;

  @Field(() => String, { nullable: true, description: 'What was done or agreed (办理情况).' })
  note: string | null;

  @Field({ description: 'Who recorded it: the token subject (录入人).' })
  actor: string;

  @Field({ description: 'The role they recorded it in (角色).' })
  actorRole: string;

  @Field({ description: 'When it was recorded (录入时间).' })
  at: Date;
}
