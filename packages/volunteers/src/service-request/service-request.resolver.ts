import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { advanceServiceRequest, createServiceRequest } from './mutations/service-request-mutations';
import { CreateServiceRequestInput } from './mutations/service-request.inputs';
import { ServiceRequestFilter } from './service-request-filter.input';
import { ServiceRequestOrder } from './service-request-order';
import { ServiceRequestConnection } from './service-request.connection';
import type { ServiceRequestEntity } from './service-request.entity';
import { listServiceRequests } from './service-request.queries';
import { ServiceRequest, ServiceRequestStep } from './service-request.type';

const idArg = { description: 'The service order (点单).' };
const teamArg = { description: 'The team (服务队).' };

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Query(() => ServiceRequest, { nullable: true, description: 'One service order by id (按编号查询点单).' })
  async serviceRequest(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: VolunteersContext) {
    ctx.access.requireSignedIn('service orders');
    return ctx.loaders.serviceRequestById.load(String(parseId(id, 'service request')));
  }

  @Query(() => ServiceRequestConnection, {
    description: 'Service orders, newest first, paginated (群众点单). Staff see all; a volunteer those of its teams.',
  })
  serviceRequests(
    @Arg('filter', () => ServiceRequestFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: ServiceRequestFilter | null,
    @Arg('orderBy', () => ServiceRequestOrder, { nullable: true, description: 'How to sort; omit for newest first (排序).' })
    orderBy: ServiceRequestOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    return listServiceRequests(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'Where it was ordered (点单阵地).' })
  orgUnit(@Root() request: ServiceRequestEntity): OrgUnitStub {
    return { id: String(request.orgUnitId) };
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team it is dispatched to (承接服务队).' })
  assignedTeam(@Root() request: ServiceRequestEntity, @Ctx() ctx: VolunteersContext) {
    return request.assignedTeamId ? ctx.loaders.teamById.load(String(request.assignedTeamId)) : null;
  }

  @FieldResolver(() => [ServiceRequestStep], { description: 'Every step so far, oldest first, with who and when (流转记录).' })
  steps(@Root() request: ServiceRequestEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.stepsByRequest.load(request.id);
  }

  @Mutation(() => ServiceRequest, {
    description: "Places a resident's order at a unit (群众点单). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.",
  })
  createServiceRequest(
    @Arg('input', () => CreateServiceRequestInput, INPUT_ARG) input: CreateServiceRequestInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return createServiceRequest(ctx, input);
  }

  @Mutation(() => ServiceRequest, { description: 'The center dispatches an ORDERED order to a team (中心派单).' })
  dispatchServiceRequest(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('teamId', () => ID, teamArg) teamId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return advanceServiceRequest(ctx, id, 'dispatch', { teamId });
  }

  @Mutation(() => ServiceRequest, { description: 'The center moves a DISPATCHED order to another team (改派).' })
  reassignServiceRequest(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('teamId', () => ID, teamArg) teamId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return advanceServiceRequest(ctx, id, 'reassign', { teamId });
  }

  @Mutation(() => ServiceRequest, { description: 'The team turns a DISPATCHED order down; it goes back to the queue as ORDERED (退单).' })
  rejectServiceRequest(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', { description: 'Why (原因).' }) reason: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return advanceServiceRequest(ctx, id, 'reject', { reason });
  }

  @Mutation(() => ServiceRequest, { description: 'The team accepts a DISPATCHED order (志愿者接单): a member of the team, or staff.' })
  acceptServiceRequest(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: VolunteersContext) {
    return advanceServiceRequest(ctx, id, 'accept');
  }

  @Mutation(() => ServiceRequest, { description: 'The team marks an ACCEPTED order done (完成服务).' })
  completeServiceRequest(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: VolunteersContext) {
    return advanceServiceRequest(ctx, id, 'complete');
  }

  @Mutation(() => ServiceRequest, { description: "Records the resident's rating of a COMPLETED order, 1–5 (群众评单)." })
  rateServiceRequest(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('rating', () => Int, { description: 'From 1 to 5 (评分).' }) rating: number,
    @Arg('comment', () => String, { nullable: true, description: "The resident's comment (评价)." }) comment: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return advanceServiceRequest(ctx, id, 'rate', { rating, comment });
  }

  @Mutation(() => ServiceRequest, { description: 'Cancels an order that is not done yet (取消).' })
  cancelServiceRequest(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (原因).' }) reason: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return advanceServiceRequest(ctx, id, 'cancel', { reason });
  }
}
