import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, forbidden, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerTeamEntity } from '../../team/volunteer-team.entity';
import { allowedFrom, FLOW, TEAM_STEPS, type FlowStep } from '../service-request-flow';
import { ServiceRequestStatus } from '../service-request-status.enum';
import { ServiceRequestStepEntity } from '../service-request-step.entity';
import { ServiceRequestEntity } from '../service-request.entity';
import type { CreateServiceRequestInput } from './service-request.inputs';

export async function createServiceRequest(ctx: SubgraphContext, input: CreateServiceRequestInput): Promise<ServiceRequestEntity> {
  const title = input.title.trim();
  const description = input.description?.trim() || null;
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('order:write', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const requests = manager.getRepository(ServiceRequestEntity);
    const now = new Date();
    const request = await requests.save(
      requests.create({
        title,
        description,
        orgUnitId,
        status: ServiceRequestStatus.ORDERED,
        createdBy: ctx.access.identity.subject,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await recordStep(ctx, manager, request, 'order', null, null, null);
    return request;
  });
}

export interface StepDetails {
  teamId?: string;
  rating?: number;
  comment?: string | null;
  reason?: string | null;
}

/**
 * Moves an order one step along the flow, or refuses with CONFLICT naming its current status.
 * The row is locked for the step, so two people acting at once cannot both move it.
 */
export async function advanceServiceRequest(
  ctx: SubgraphContext,
  idArg: string,
  step: FlowStep,
  details: StepDetails = {},
): Promise<ServiceRequestEntity> {
  const id = parseId(idArg, 'service request');
  const teamId = details.teamId !== undefined ? parseId(details.teamId, 'volunteer team') : null;
  if (step === 'rate' && (!Number.isInteger(details.rating) || details.rating! < 1 || details.rating! > 5))
    throw badUserInput('rating must be a whole number from 1 to 5');
  const note = (step === 'rate' ? details.comment : details.reason)?.trim() || null;
  if (note && note.length > 500) throw badUserInput('comment/reason must be at most 500 characters');
  if (step === 'reject' && !note) throw badUserInput('reason must say why the team rejects the order');

  const existing = await ctx.db.getRepository(ServiceRequestEntity).findOneBy({ id });
  if (!existing) throw notFound('service request', id);
  await authorizeStep(ctx, existing, step);

  return ctx.db.transaction(async (manager) => {
    const requests = manager.getRepository(ServiceRequestEntity);
    const request = await requests.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const from = request.status;
    if (!allowedFrom(step).includes(from)) {
      throw conflict(`service request ${id} is ${from}; ${step} needs it to be ${allowedFrom(step).join(' or ')}`, { status: from });
    }
    if (teamId !== null) {
      const team = await manager.getRepository(VolunteerTeamEntity).findOneBy({ id: teamId });
      if (!team) throw notFound('volunteer team', teamId);
      if (step === 'reassign' && team.id === request.assignedTeamId) throw badUserInput(`team ${teamId} already has this order`);
      request.assignedTeamId = team.id;
    }
    if (step === 'reject') request.assignedTeamId = null;
    if (step === 'rate') Object.assign(request, { rating: details.rating, ratingComment: note });
    request.status = FLOW[step].to;
    request.updatedAt = new Date();
    await requests.save(request);
    await recordStep(ctx, manager, request, step, from, teamId, step === 'rate' ? null : note);
    return request;
  });
}

/** The center's steps need order:write on the order's unit; the team's steps may also be taken by a member of the assigned team. */
async function authorizeStep(ctx: SubgraphContext, request: ServiceRequestEntity, step: FlowStep): Promise<void> {
  if (TEAM_STEPS.has(step) && ctx.access.identity.role === 'VOLUNTEER') {
    const volunteerId = Number(ctx.access.identity.volunteerId);
    const member = await ctx.db.query(
      `SELECT 1 FROM volunteers.team_membership WHERE team_id = $1 AND volunteer_id = $2 AND left_on IS NULL`,
      [request.assignedTeamId, volunteerId],
    );
    if (member.length === 0) throw forbidden(`only members of the assigned team may ${step} service request ${request.id}`);
    return;
  }
  await ctx.access.requireWrite('order:write', request.orgUnitId);
}

async function recordStep(
  ctx: SubgraphContext,
  manager: EntityManager,
  request: ServiceRequestEntity,
  action: string,
  from: ServiceRequestStatus | null,
  teamId: number | null,
  note: string | null,
): Promise<void> {
  const { subject, role } = ctx.access.identity;
  const steps = manager.getRepository(ServiceRequestStepEntity);
  await steps.save(
    steps.create({
      requestId: request.id,
      action,
      fromStatus: from,
      toStatus: request.status,
      teamId,
      note,
      actor: subject,
      actorRole: role,
      at: new Date(),
    }),
  );
  await ctx.audit.record(manager, `${action}ServiceRequest`, 'ServiceRequest', [request.id]);
}
