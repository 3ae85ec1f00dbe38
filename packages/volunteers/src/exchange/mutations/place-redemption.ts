import type { EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsEntryKind } from '../../points/points-entry-kind.enum';
import { PointsEntryEntity } from '../../points/points-entry.entity';
import { lockPointsAccount } from '../../points/mutations/points-account-lock';
import { VolunteerEntity } from '../../volunteer/volunteer.entity';
import { ExchangeGoodsEntity } from '../exchange-goods.entity';
import { PointsExchangeEntity } from '../points-exchange.entity';
import { PointsRedemptionEntity } from '../points-redemption.entity';
import { PointsRedemptionChannel } from '../redemption-channel.enum';
import { PointsRedemptionStatus } from '../redemption-status.enum';
import type { OrderGoodsInput, RedeemGoodsInput } from './redemption.inputs';

interface RedemptionRequest {
  volunteerId: number;
  goodsId: number;
  quantity: number;
  key: string;
  channel: PointsRedemptionChannel;
}

/** Staff hand goods over at the counter for a volunteer's points (points:redeem on the exchange's unit): HANDED_OVER at once. */
export async function redeemGoods(ctx: VolunteersContext, input: RedeemGoodsInput): Promise<PointsRedemptionEntity> {
  const volunteerId = parseId(input.volunteerId, 'volunteer');
  const goodsId = parseId(input.goodsId, 'goods');
  ctx.access.requirePermission('points:redeem');
  const exchange = await exchangeOfGoods(ctx, goodsId);
  await ctx.access.requireWrite('points:redeem', exchange.orgUnitId);
  await assertVolunteerExists(ctx, volunteerId);
  return placeRedemption(ctx, 'redeemGoods', {
    volunteerId,
    goodsId,
    quantity: input.quantity,
    key: input.idempotencyKey.trim(),
    channel: PointsRedemptionChannel.COUNTER,
  });
}

/** A volunteer orders goods for itself (VOLUNTEER token): points and stock are taken now, the goods wait as ORDERED. */
export async function orderGoods(ctx: VolunteersContext, input: OrderGoodsInput): Promise<PointsRedemptionEntity> {
  const goodsId = parseId(input.goodsId, 'goods');
  ctx.access.requireSignedIn('your points');
  const { role, volunteerId } = ctx.access.identity;
  if (role !== 'VOLUNTEER' || !volunteerId)
    throw forbidden('orderGoods is for a volunteer ordering for itself; staff confirm redemptions with redeemGoods');
  const self = parseId(volunteerId, 'volunteer');
  await exchangeOfGoods(ctx, goodsId);
  await assertVolunteerExists(ctx, self);
  return placeRedemption(ctx, 'orderGoods', {
    volunteerId: self,
    goodsId,
    quantity: input.quantity,
    key: input.idempotencyKey.trim(),
    channel: PointsRedemptionChannel.ORDER,
  });
}

async function assertVolunteerExists(ctx: VolunteersContext, volunteerId: number): Promise<void> {
  if (!(await ctx.db.getRepository(VolunteerEntity).existsBy({ id: volunteerId }))) throw notFound('volunteer', volunteerId);
}

async function exchangeOfGoods(ctx: VolunteersContext, goodsId: number): Promise<PointsExchangeEntity> {
  const goods = await ctx.db.getRepository(ExchangeGoodsEntity).findOneBy({ id: goodsId });
  if (!goods) throw notFound('goods', goodsId);
  return ctx.db.getRepository(PointsExchangeEntity).findOneByOrFail({ id: goods.exchangeId });
}

/**
 * One transaction, exact under any concurrency. The volunteer's account row is locked first, so
 * one volunteer's requests run one at a time: under that lock the idempotency key is looked up (a
 * repeat returns the first redemption, other content under the same key is a CONFLICT) and the
 * balance read is the balance. Then one conditional statement takes the stock, only if enough is
 * left on goods still offered at an open exchange, and answers the price; the balance must cover it
 * (or the transaction rolls back, stock and all). The redemption, its SPENT entry (which moves the
 * balance through the ledger's trigger) and the audit entry commit together.
 */
async function placeRedemption(ctx: VolunteersContext, action: string, request: RedemptionRequest): Promise<PointsRedemptionEntity> {
  const { volunteerId, goodsId, quantity, key, channel } = request;
  return ctx.db.transaction(async (manager) => {
    const balance = await lockPointsAccount(manager, volunteerId);
    const redemptions = manager.getRepository(PointsRedemptionEntity);
    const first = await redemptions.findOneBy({ volunteerId, idempotencyKey: key });
    if (first) {
      if (first.goodsId === goodsId && first.quantity === quantity && first.channel === channel) return first;
      throw conflict(`idempotencyKey "${key}" was already used for another redemption of volunteer ${volunteerId}`);
    }
    const taken = await takeStock(manager, goodsId, quantity);
    const points = taken.price * quantity;
    if (balance < points) throw conflict(`not enough points (balance ${balance}, price ${points})`);

    const now = new Date();
    const subject = ctx.access.identity.subject;
    const handedOver = channel === PointsRedemptionChannel.COUNTER;
    const saved = await redemptions.save(
      redemptions.create({
        volunteerId,
        goodsId,
        exchangeId: taken.exchangeId,
        quantity,
        unitPrice: taken.price,
        points,
        channel,
        status: handedOver ? PointsRedemptionStatus.HANDED_OVER : PointsRedemptionStatus.ORDERED,
        idempotencyKey: key,
        orderedBy: subject,
        orderedAt: now,
        handedOverBy: handedOver ? subject : null,
        handedOverAt: handedOver ? now : null,
        cancelledBy: null,
        cancelledAt: null,
        cancelReason: null,
      }),
    );
    await manager.getRepository(PointsEntryEntity).insert({
      volunteerId,
      kind: PointsEntryKind.SPENT,
      points: -points,
      unitId: taken.unitId,
      redemptionId: saved.id,
      reason: `${taken.name} × ${quantity}`,
      recordedBy: subject,
      bookedAt: now,
    });
    await ctx.audit.record(manager, action, 'PointsRedemption', [saved.id]);
    return saved;
  });
}

/**
 * Takes `quantity` from the stock in one statement, only if enough is left on goods still offered
 * at an open exchange (it waits for the goods row's lock, then sees the stock as committed). When
 * nothing was taken, says why: off the shelf, exchange closed, or out of stock.
 */
async function takeStock(
  manager: EntityManager,
  goodsId: number,
  quantity: number,
): Promise<{ price: number; name: string; exchangeId: number; unitId: number }> {
  const taken: { price: number; name: string; exchange_id: number; unit_id: number }[] = await manager.query(
    `WITH taken AS (
       UPDATE volunteers.exchange_goods g SET stock = g.stock - $2
       FROM volunteers.points_exchange e
       WHERE g.id = $1 AND e.id = g.exchange_id AND g.retired_at IS NULL AND e.closed_at IS NULL AND g.stock >= $2
       RETURNING g.points_price AS price, g.name, g.exchange_id, e.org_unit_id AS unit_id
     )
     SELECT * FROM taken`,
    [goodsId, quantity],
  );
  if (taken.length > 0) return { price: taken[0].price, name: taken[0].name, exchangeId: taken[0].exchange_id, unitId: taken[0].unit_id };
  const [state]: { stock: number; retired: boolean; closed: boolean }[] = await manager.query(
    `SELECT g.stock, g.retired_at IS NOT NULL AS retired, e.closed_at IS NOT NULL AS closed
     FROM volunteers.exchange_goods g JOIN volunteers.points_exchange e ON e.id = g.exchange_id WHERE g.id = $1`,
    [goodsId],
  );
  if (state.retired) throw conflict(`goods ${goodsId} are off the shelf`);
  if (state.closed) throw conflict(`the exchange of goods ${goodsId} is closed`);
  throw conflict(`out of stock (stock ${state.stock}, asked ${quantity})`);
}
