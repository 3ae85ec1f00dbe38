import type { EntityManager } from 'typeorm';
import { readUnit } from '@civic/org-tree';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import { HouseholdEntity } from '../../household/household.entity';
import type { CommunityContext } from '../../loaders';
import { optionalText } from '../../shared/text';
import { VisitEntity } from '../../visit/visit.entity';
import { DisputeAction } from '../dispute-action.enum';
import { DisputeCaseStepEntity } from '../dispute-case-step.entity';
import { DisputeCaseEntity } from '../dispute-case.entity';
import { DISPUTE_FLOW } from '../dispute-flow';
import { DisputeSource } from '../dispute-source.enum';
import { DisputeState } from '../dispute-state.enum';
import type { AdvanceDisputeCaseInput } from './advance-dispute-case.input';
import type { OpenDisputeCaseInput } from './open-dispute-case.input';

/** Registers a dispute found at a unit inside the caller's subtree (grid:write), with its opening step. */
export async function openDisputeCase(ctx: CommunityContext, input: OpenDisputeCaseInput): Promise<DisputeCaseEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const visitId = input.visitId ? parseId(input.visitId, 'visit') : null;
  const householdId = input.householdId ? parseId(input.householdId, 'household') : null;
  const serviceRequestId = input.serviceRequestId ? parseId(input.serviceRequestId, 'service request') : null;
  if ((input.source === DisputeSource.VISIT) !== (visitId !== null)) {
    throw badUserInput('visitId names the visit a dispute was found on: required for source VISIT, and only for it', {
      argument: 'input.visitId',
    });
  }
  await ctx.access.requireWrite('grid:write', orgUnitId);
  if (visitId !== null) {
    const visit = await ctx.db.getRepository(VisitEntity).findOneBy({ id: visitId });
    if (!visit) throw notFound('visit', visitId);
    if (visit.orgUnitId !== orgUnitId)
      throw badUserInput(`visit ${visitId} was made at org unit ${visit.orgUnitId}, not ${orgUnitId}`, { argument: 'input.visitId' });
    if (input.foundOn < visit.visitedOn)
      throw badUserInput(`foundOn must not be before the visit (${visit.visitedOn})`, { argument: 'input.foundOn' });
  }
  if (householdId !== null) {
    const household = await ctx.db.getRepository(HouseholdEntity).findOneBy({ id: householdId });
    if (!household) throw notFound('household', householdId);
    if (household.orgUnitId !== orgUnitId) {
      throw badUserInput(`household ${householdId} is on the register of org unit ${household.orgUnitId}, not ${orgUnitId}`, {
        argument: 'input.householdId',
      });
    }
  }
  return ctx.db.transaction(async (manager) => {
    const cases = manager.getRepository(DisputeCaseEntity);
    const saved = await cases.save(
      cases.create({
        orgUnitId,
        category: input.category,
        source: input.source,
        visitId,
        serviceRequestId,
        householdId,
        summary: input.summary.trim(),
        parties: input.parties.map((party) => party.trim()),
        foundOn: input.foundOn,
        state: DisputeState.FOUND,
        escalatedToUnitId: null,
        closedOn: null,
        satisfaction: null,
        createdBy: ctx.access.identity.subject,
        createdAt: new Date(),
      }),
    );
    await recordStep(ctx, manager, saved, DisputeAction.OPEN, null, { takenOn: input.foundOn, handledBy: null, note: null });
    await ctx.audit.record(manager, 'openDisputeCase', 'DisputeCase', [saved.id]);
    return saved;
  });
}

/**
 * Moves a case one step on (mediate, resolve, escalate), or refuses with CONFLICT naming its state.
 * The row is locked for the step, so two staff acting at once cannot both move it.
 */
export async function advanceDisputeCase(ctx: CommunityContext, input: AdvanceDisputeCaseInput): Promise<DisputeCaseEntity> {
  const id = parseId(input.id, 'dispute case');
  if (input.action === DisputeAction.OPEN) throw badUserInput('action must be MEDIATE, RESOLVE or ESCALATE', { argument: 'input.action' });
  const escalatedToUnitId = input.escalatedToUnitId ? parseId(input.escalatedToUnitId, 'org unit') : null;
  if ((input.action === DisputeAction.ESCALATE) !== (escalatedToUnitId !== null)) {
    throw badUserInput('escalatedToUnitId names the unit a case is handed up to: required for ESCALATE, and only for it', {
      argument: 'input.escalatedToUnitId',
    });
  }
  if (input.satisfaction != null && input.action !== DisputeAction.RESOLVE) {
    throw badUserInput('satisfaction is given only on RESOLVE', { argument: 'input.satisfaction' });
  }
  const existing = await ctx.db.getRepository(DisputeCaseEntity).findOneBy({ id });
  if (!existing) throw notFound('dispute case', id);
  await ctx.access.requireWrite('grid:write', existing.orgUnitId);
  if (escalatedToUnitId !== null) {
    if (!(await readUnit(ctx.db, escalatedToUnitId, ['id']))) throw notFound('org unit', escalatedToUnitId);
    if (escalatedToUnitId === existing.orgUnitId) {
      throw badUserInput('a case is escalated to another unit than its own', { argument: 'input.escalatedToUnitId' });
    }
  }
  const step = DISPUTE_FLOW[input.action];
  return ctx.db.transaction(async (manager) => {
    const cases = manager.getRepository(DisputeCaseEntity);
    const dispute = await cases.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const from = dispute.state;
    if (!step.from.includes(from)) {
      throw conflict(`dispute case ${id} is ${from}; ${input.action} needs it to be ${step.from.join(' or ')}`, { state: from });
    }
    const [last] = await manager.query(`SELECT max(taken_on)::text AS day FROM community.dispute_case_step WHERE case_id = $1`, [id]);
    if (last?.day && input.takenOn < last.day) {
      throw badUserInput(`takenOn must not be before the previous step (${last.day})`, { argument: 'input.takenOn' });
    }
    dispute.state = step.to;
    if (step.to === DisputeState.RESOLVED || step.to === DisputeState.ESCALATED) dispute.closedOn = input.takenOn;
    if (step.to === DisputeState.ESCALATED) dispute.escalatedToUnitId = escalatedToUnitId;
    if (step.to === DisputeState.RESOLVED) dispute.satisfaction = input.satisfaction ?? null;
    const saved = await cases.save(dispute);
    await recordStep(ctx, manager, saved, input.action, from, {
      takenOn: input.takenOn,
      handledBy: input.handledBy.trim(),
      note: optionalText(input.note),
      escalatedToUnitId,
    });
    await ctx.audit.record(manager, 'advanceDisputeCase', 'DisputeCase', [id], { reason: `${input.action}: ${from} → ${step.to}` });
    return saved;
  });
}

async function recordStep(
  ctx: CommunityContext,
  manager: EntityManager,
  dispute: DisputeCaseEntity,
  action: DisputeAction,
  from: DisputeState | null,
  details: { takenOn: string; handledBy: string | null; note: string | null; escalatedToUnitId?: number | null },
): Promise<void> {
  const steps = manager.getRepository(DisputeCaseStepEntity);
  await steps.save(
    steps.create({
      caseId: dispute.id,
      action,
      fromState: from,
      toState: dispute.state,
      takenOn: details.takenOn,
      handledBy: details.handledBy,
      note: details.note,
      escalatedToUnitId: details.escalatedToUnitId ?? null,
      actor: ctx.access.identity.subject,
      actorRole: ctx.access.identity.role,
      at: new Date(),
    }),
  );
}
