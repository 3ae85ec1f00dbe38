import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ServiceRequestStatus } from './service-request-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('ServiceRequest', { description: "A resident's order for volunteer service (群众点单) and where it stands." })
export class ServiceRequest {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'What is needed (需求).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (详细说明).' })
  description: string | null;

  @Field(() => ServiceRequestStatus, { description: 'Current status (状态).' })
  status: ServiceRequestStatus;

  @Field(() => Int, { nullable: true, description: "The resident's rating, 1–5 (评分)." })
  rating: number | null;

  @Field(() => String, { nullable: true, description: "The resident's comment with the rating (评价)." })
  ratingComment: string | null;

  @Field({ description: 'When it was ordered (点单时间).' })
  createdAt: Date;

  orgUnitId: number;
  assignedTeamId: number | null;
}

@ObjectType('ServiceRequestStep', { description: 'One step of a service order: who did what, when (流转记录).' })
export class ServiceRequestStep {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'The step, e.g. dispatch, accept, rate (操作).' })
  action: string;

  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Status before the step; null for the order itself (原状态).' })
  fromStatus: ServiceRequestStatus | null;

  @Field(() => ServiceRequestStatus, { description: 'Status after the step (新状态).' })
  toStatus: ServiceRequestStatus;

  @Field(() => String, { nullable: true, description: 'Reason or comment given with the step (说明).' })
  note: string | null;

  @Field({ description: 'Who did it: the token subject (操作人).' })
  actor: string;

  @Field({ description: 'The role they acted in (角色).' })
  actorRole: string;

  @Field({ description: 'When (时间).' })
  at: Date;

  teamId: number | null;
}
