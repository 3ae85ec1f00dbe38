import { conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { ExchangeGoodsEntity } from '../exchange-goods.entity';
import { authorizeExchangeEdit } from './exchange-mutations';
import type { AddGoodsInput, RestockGoodsInput, RetireGoodsInput, UpdateGoodsInput } from './goods.inputs';

/** Puts goods on an exchange's shelf (exchange:write on the exchange's unit). */
export async function addGoods(ctx: VolunteersContext, input: AddGoodsInput): Promise<ExchangeGoodsEntity> {
  const exchange = await authorizeExchangeEdit(ctx, parseId(input.exchangeId, 'exchange'));
  return ctx.db.transaction(async (manager) => {
    const goods = manager.getRepository(ExchangeGoodsEntity);
    const saved = await goods.save(
      goods.create({
        exchangeId: exchange.id,
        name: input.name.trim(),
        category: input.category,
        pointsPrice: input.pointsPrice,
        stock: input.stock,
        retiredAt: null,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'addGoods', 'ExchangeGoods', [saved.id], { changes: { stock: { from: null, to: saved.stock } } });
    return saved;
  });
}

/** The goods, if the caller holds exchange:write on its exchange's unit; checked before the write's transaction. */
async function authorizeGoodsEdit(ctx: VolunteersContext, goodsId: number): Promise<ExchangeGoodsEntity> {
  const goods = await ctx.db.getRepository(ExchangeGoodsEntity).findOneBy({ id: goodsId });
  if (!goods) throw notFound('goods', goodsId);
  await authorizeExchangeEdit(ctx, goods.exchangeId);
  return goods;
}

/** Renames goods, changes their category or price, on the version read; redemptions already made keep their price. */
export async function updateGoods(ctx: VolunteersContext, input: UpdateGoodsInput): Promise<ExchangeGoodsEntity> {
  const id = parseId(input.id, 'goods');
  await authorizeGoodsEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, ExchangeGoodsEntity, id, input.expectedVersion, 'goods');
    if (before.retiredAt) throw conflict(`goods ${id} are off the shelf`);
    const after: ExchangeGoodsEntity = {
      ...before,
      name: input.name != null ? input.name.trim() : before.name,
      category: input.category ?? before.category,
      pointsPrice: input.pointsPrice ?? before.pointsPrice,
    };
    const changes = changedFields(before, after, ['name', 'category', 'pointsPrice']);
    if (Object.keys(changes).length === 0) return before;
    const saved = await manager.getRepository(ExchangeGoodsEntity).save(after);
    await ctx.audit.record(manager, 'updateGoods', 'ExchangeGoods', [id], { changes });
    return saved;
  });
}

/**
 * Adds items to the stock, with a note of where they came from (kept in the audit entry). One
 * statement adds to the stock as it is, so concurrent redemptions and restocks never lose a count.
 */
export async function restockGoods(ctx: VolunteersContext, input: RestockGoodsInput): Promise<ExchangeGoodsEntity> {
  const id = parseId(input.goodsId, 'goods');
  await authorizeGoodsEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const [row]: { stock: number; retired: boolean }[] = await manager.query(
      `WITH restocked AS (UPDATE volunteers.exchange_goods SET stock = stock + $2 WHERE id = $1 RETURNING stock, retired_at)
       SELECT stock, retired_at IS NOT NULL AS retired FROM restocked`,
      [id, input.quantity],
    );
    if (row.retired) throw conflict(`goods ${id} are off the shelf`);
    await ctx.audit.record(manager, 'restockGoods', 'ExchangeGoods', [id], {
      reason: input.note.trim(),
      changes: { stock: { from: row.stock - input.quantity, to: row.stock } },
    });
    return manager.getRepository(ExchangeGoodsEntity).findOneByOrFail({ id });
  });
}

/** Takes goods off the shelf: kept with their redemptions (orders already made can still be handed over), never offered again. */
export async function retireGoods(ctx: VolunteersContext, input: RetireGoodsInput): Promise<ExchangeGoodsEntity> {
  const id = parseId(input.id, 'goods');
  await authorizeGoodsEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const goods = await lockForEdit(manager, ExchangeGoodsEntity, id, input.expectedVersion, 'goods');
    if (goods.retiredAt) throw conflict(`goods ${id} are already off the shelf`);
    goods.retiredAt = new Date();
    const saved = await manager.getRepository(ExchangeGoodsEntity).save(goods);
    await ctx.audit.record(manager, 'retireGoods', 'ExchangeGoods', [id], {
      reason: input.reason?.trim() || null,
      changes: { retiredAt: { from: null, to: saved.retiredAt } },
    });
    return saved;
  });
}
