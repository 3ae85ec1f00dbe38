import { badUserInput, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import { HouseholdEntity } from '../../household/household.entity';
import type { CommunityContext } from '../../loaders';
import { VisitEntity } from '../../visit/visit.entity';
import { AssistanceEntity } from '../assistance.entity';
import type { RecordAssistanceInput } from './record-assistance.input';

/** Records help given to a household of the caller's subtree (grid:write); it counts at the household's unit. */
export async function recordAssistance(ctx: CommunityContext, input: RecordAssistanceInput): Promise<AssistanceEntity> {
  const householdId = parseId(input.householdId, 'household');
  const visitId = input.visitId ? parseId(input.visitId, 'visit') : null;
  const serviceRequestId = input.serviceRequestId ? parseId(input.serviceRequestId, 'service request') : null;
  const household = await ctx.db.getRepository(HouseholdEntity).findOneBy({ id: householdId });
  if (!household) throw notFound('household', householdId);
  await ctx.access.requireWrite('grid:write', household.orgUnitId);
  if (visitId !== null) {
    const visit = await ctx.db.getRepository(VisitEntity).findOneBy({ id: visitId });
    if (!visit) throw notFound('visit', visitId);
    if (visit.householdId !== householdId)
      throw badUserInput(`visit ${visitId} was not to household ${householdId}`, { argument: 'input.visitId' });
    if (input.givenOn < visit.visitedOn)
      throw badUserInput(`givenOn must not be before the visit (${visit.visitedOn})`, { argument: 'input.givenOn' });
  }
  return ctx.db.transaction(async (manager) => {
    const assistances = manager.getRepository(AssistanceEntity);
    const saved = await assistances.save(
      assistances.create({
        householdId,
        orgUnitId: household.orgUnitId,
        kind: input.kind,
        givenOn: input.givenOn,
        description: input.description.trim(),
        givenBy: input.givenBy.trim(),
        visitId,
        serviceRequestId,
        createdBy: ctx.access.identity.subject,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'recordAssistance', 'Assistance', [saved.id]);
    return saved;
  });
}
