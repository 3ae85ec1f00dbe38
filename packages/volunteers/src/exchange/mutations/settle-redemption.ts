import { badUserInput, conflict, notFound } from '@civic/runtime';
import { lockForEdit, parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsEntryKind } from '../../points/points-entry-kind.enum';
import { PointsEntryEntity } from '../../points/points-entry.entity';
import { lockPointsAccount } from '../../points/mutations/points-account-lock';
import { PointsExchangeEntity } from '../points-exchange.entity';
import { PointsRedemptionEntity } from '../points-redemption.entity';
import { PointsRedemptionStatus } from '../redemption-status.enum';

async function findRedemption(ctx: VolunteersContext, idArg: string): Promise<{ redemption: PointsRedemptionEntity; unitId: number }> {
  const id = parseId(idArg, 'redemption');
  const redemption = await ctx.db.getRepository(PointsRedemptionEntity).findOneBy({ id });
  if (!redemption) throw notFound('redemption', id);
  const exchange = await ctx.db.getRepository(PointsExchangeEntity).findOneByOrFail({ id: redemption.exchangeId });
  return { redemption, unitId: exchange.orgUnitId };
}

/** Staff hand an ordered redemption's goods over (points:redeem on the exchange's unit): ORDERED → HANDED_OVER. */
export async function handOverRedemption(ctx: VolunteersContext, idArg: string): Promise<PointsRedemptionEntity> {
  ctx.access.requirePermission('points:redeem');
  const { redemption, unitId } = await findRedemption(ctx, idArg);
  await ctx.access.requireWrite('points:redeem', unitId);
  return ctx.db.transaction(async (manager) => {
    const current = await lockForEdit(manager, PointsRedemptionEntity, redemption.id, null, 'redemption');
    if (current.status !== PointsRedemptionStatus.ORDERED)
      throw conflict(`redemption ${current.id} is ${current.status}; only ORDERED ones are handed over`);
    Object.assign(current, {
      status: PointsRedemptionStatus.HANDED_OVER,
      handedOverBy: ctx.access.identity.subject,
      handedOverAt: new Date(),
    });
    const saved = await manager.getRepository(PointsRedemptionEntity).save(current);
    await ctx.audit.record(manager, 'handOverRedemption', 'PointsRedemption', [saved.id], {
      changes: { status: { from: PointsRedemptionStatus.ORDERED, to: PointsRedemptionStatus.HANDED_OVER } },
    });
    return saved;
  });
}

/**
 * Cancels a redemption with a reason: the volunteer its own ORDERED one; staff (points:redeem on the
 * exchange's unit) an ORDERED one or a HANDED_OVER one whose goods came back. The points come back
 * as a REFUNDED entry and the items go back into stock, in one transaction that locks the
 * volunteer's account first, as every redemption does.
 */
export async function cancelRedemption(ctx: VolunteersContext, idArg: string, reasonArg: string): Promise<PointsRedemptionEntity> {
  const reason = reasonArg.trim();
  ctx.access.requireSignedIn('redemptions');
  const { redemption, unitId } = await findRedemption(ctx, idArg);
  const byVolunteer = ctx.access.isVolunteer(redemption.volunteerId);
  if (!byVolunteer) await ctx.access.requireWrite('points:redeem', unitId);
  if (reason.length === 0 || reason.length > 200) throw badUserInput('reason must be 1 to 200 characters', { argument: 'reason' });
  return ctx.db.transaction(async (manager) => {
    await lockPointsAccount(manager, redemption.volunteerId);
    const current = await lockForEdit(manager, PointsRedemptionEntity, redemption.id, null, 'redemption');
    if (current.status === PointsRedemptionStatus.CANCELLED) throw conflict(`redemption ${current.id} is already cancelled`);
    if (byVolunteer && current.status !== PointsRedemptionStatus.ORDERED)
      throw conflict(`redemption ${current.id} is ${current.status}; a volunteer cancels only what is still ORDERED`);
    const statusBefore = current.status;
    await manager.query(`UPDATE volunteers.exchange_goods SET stock = stock + $2 WHERE id = $1`, [current.goodsId, current.quantity]);
    const now = new Date();
    Object.assign(current, {
      status: PointsRedemptionStatus.CANCELLED,
      cancelledBy: ctx.access.identity.subject,
      cancelledAt: now,
      cancelReason: reason,
    });
    const saved = await manager.getRepository(PointsRedemptionEntity).save(current);
    await manager.getRepository(PointsEntryEntity).insert({
      volunteerId: current.volunteerId,
      kind: PointsEntryKind.REFUNDED,
      points: current.points,
      unitId,
      redemptionId: current.id,
      reason,
      recordedBy: ctx.access.identity.subject,
      bookedAt: now,
    });
    await ctx.audit.record(manager, 'cancelRedemption', 'PointsRedemption', [saved.id], {
      reason,
      changes: { status: { from: statusBefore, to: PointsRedemptionStatus.CANCELLED } },
    });
    return saved;
  });
}
