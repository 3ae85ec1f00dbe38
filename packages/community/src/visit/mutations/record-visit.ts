import { badUserInput, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import { HouseholdEntity } from '../../household/household.entity';
import type { CommunityContext } from '../../loaders';
import { VisitEntity } from '../visit.entity';
import { VisitorKind } from '../visitor-kind.enum';
import type { RecordVisitInput } from './record-visit.input';

/** Records a visit at a unit inside the caller's subtree (grid:write); the household, if named, must be on that unit's register. */
export async function recordVisit(ctx: CommunityContext, input: RecordVisitInput): Promise<VisitEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const householdId = input.householdId ? parseId(input.householdId, 'household') : null;
  const volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;
  const serviceRequestId = input.serviceRequestId ? parseId(input.serviceRequestId, 'service request') : null;
  if (volunteerId !== null && input.visitorKind !== VisitorKind.VOLUNTEER) {
    throw badUserInput('volunteerId is only for a VOLUNTEER visitor', { argument: 'input.volunteerId' });
  }
  await ctx.access.requireWrite('grid:write', orgUnitId);
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
    const visits = manager.getRepository(VisitEntity);
    const saved = await visits.save(
      visits.create({
        orgUnitId,
        householdId,
        visitorKind: input.visitorKind,
        visitorName: input.visitorName.trim(),
        volunteerId,
        visitedOn: input.visitedOn,
        findings: input.findings.trim(),
        satisfaction: input.satisfaction ?? null,
        serviceRequestId,
        createdBy: ctx.access.identity.subject,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'recordVisit', 'Visit', [saved.id]);
    return saved;
  });
}
