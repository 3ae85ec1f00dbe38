import { badUserInput, conflict, notFound } from '@civic/runtime';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsEntryKind } from '../points-entry-kind.enum';
import { PointsEntryEntity } from '../points-entry.entity';
import { lockPointsAccount } from './points-account-lock';
import type { AwardPointsInput } from './points.inputs';

/**
 * A unit awards a volunteer bonus points (奖励积分) with a reason: the caller needs points:award on
 * the awarding unit, which must be the volunteer's home unit or above it. The entry, the balance it
 * moves and the audit entry commit together; a repeated idempotency key returns the first entry.
 */
export async function awardPoints(ctx: VolunteersContext, input: AwardPointsInput): Promise<PointsEntryEntity> {
  const volunteerId = parseId(input.volunteerId, 'volunteer');
  const unitId = parseId(input.unitId, 'org unit');
  const reason = input.reason.trim();
  const key = input.idempotencyKey?.trim() || null;
  await ctx.access.requireWrite('points:award', unitId);
  const [volunteer]: { deregistered: boolean; below: boolean | null }[] = await ctx.db.query(
    `SELECT v.deregistered_at IS NOT NULL AS deregistered, ${pathWithin('home.path', 'awarding.path')} AS below
     FROM volunteers.volunteer v
     LEFT JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id
     LEFT JOIN ${UNIT_TREE} awarding ON awarding.id = $2
     WHERE v.id = $1`,
    [volunteerId, unitId],
  );
  if (!volunteer) throw notFound('volunteer', volunteerId);
  if (!volunteer.below)
    throw badUserInput(`org unit ${unitId} is neither the home unit of volunteer ${volunteerId} nor above it`, {
      argument: 'input.unitId',
    });
  if (volunteer.deregistered) throw conflict(`volunteer ${volunteerId} is deregistered`);

  return ctx.db.transaction(async (manager) => {
    await lockPointsAccount(manager, volunteerId);
    const entries = manager.getRepository(PointsEntryEntity);
    if (key) {
      const first = await entries.findOneBy({ volunteerId, idempotencyKey: key });
      if (first) {
        if (first.unitId === unitId && first.points === input.points && first.reason === reason) return first;
        throw conflict(`idempotencyKey "${key}" was already used for another award to volunteer ${volunteerId}`);
      }
    }
    const saved = await entries.save(
      entries.create({
        volunteerId,
        kind: PointsEntryKind.BONUS,
        points: input.points,
        rate: null,
        unitId,
        serviceRecordId: null,
        redemptionId: null,
        reason,
        idempotencyKey: key,
        recordedBy: ctx.access.identity.subject,
        bookedAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'awardPoints', 'PointsEntry', [saved.id], { reason });
    return saved;
  });
}
