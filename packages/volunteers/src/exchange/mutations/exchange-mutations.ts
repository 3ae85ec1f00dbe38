import { badUserInput, conflict, notFound } from '@civic/runtime';
import { readUnit } from '@civic/org-tree';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsExchangeEntity } from '../points-exchange.entity';
import type { CloseExchangeInput, OpenExchangeInput, ReopenExchangeInput, UpdateExchangeInput } from './exchange.inputs';

const optionalText = (text: string | null | undefined): string | null => text?.trim() || null;

/** Exchanges are run by institutes (所) and stations (站). */
const RUNNING_LEVELS = new Set(['INSTITUTE', 'STATION']);

/** Opens an exchange at an institute or station inside the caller's subtree (exchange:write). */
export async function openExchange(ctx: VolunteersContext, input: OpenExchangeInput): Promise<PointsExchangeEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('exchange:write', orgUnitId);
  const unit = await readUnit(ctx.db, orgUnitId, ['level', 'closed_on']);
  if (!unit) throw notFound('org unit', orgUnitId);
  if (!RUNNING_LEVELS.has(unit.level))
    throw badUserInput(`an exchange is run by an institute or a station; org unit ${orgUnitId} is a ${unit.level}`, {
      argument: 'input.orgUnitId',
    });
  if (unit.closed_on) throw badUserInput(`org unit ${orgUnitId} is closed`, { argument: 'input.orgUnitId' });
  return ctx.db.transaction(async (manager) => {
    const exchanges = manager.getRepository(PointsExchangeEntity);
    const saved = await exchanges.save(
      exchanges.create({
        orgUnitId,
        name: input.name.trim(),
        kind: input.kind,
        address: optionalText(input.address),
        openingNote: optionalText(input.openingNote),
        closedAt: null,
        closeReason: null,
        createdBy: ctx.access.identity.subject,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'openExchange', 'PointsExchange', [saved.id]);
    return saved;
  });
}

/** The exchange, if the caller holds exchange:write on its unit; checked before the edit's transaction. */
export async function authorizeExchangeEdit(ctx: VolunteersContext, exchangeId: number): Promise<PointsExchangeEntity> {
  const exchange = await ctx.db.getRepository(PointsExchangeEntity).findOneBy({ id: exchangeId });
  if (!exchange) throw notFound('exchange', exchangeId);
  await ctx.access.requireWrite('exchange:write', exchange.orgUnitId);
  return exchange;
}

/** Renames an exchange or changes its kind, address or opening hours, on the version read. */
export async function updateExchange(ctx: VolunteersContext, input: UpdateExchangeInput): Promise<PointsExchangeEntity> {
  const id = parseId(input.id, 'exchange');
  await authorizeExchangeEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, PointsExchangeEntity, id, input.expectedVersion, 'exchange');
    const after: PointsExchangeEntity = {
      ...before,
      name: input.name != null ? input.name.trim() : before.name,
      kind: input.kind ?? before.kind,
      address: input.address !== undefined ? optionalText(input.address) : before.address,
      openingNote: input.openingNote !== undefined ? optionalText(input.openingNote) : before.openingNote,
    };
    const changes = changedFields(before, after, ['name', 'kind', 'address', 'openingNote']);
    if (Object.keys(changes).length === 0) return before;
    const saved = await manager.getRepository(PointsExchangeEntity).save(after);
    await ctx.audit.record(manager, 'updateExchange', 'PointsExchange', [id], { changes });
    return saved;
  });
}

/** Closes an open exchange with a reason: nothing can be redeemed there until it reopens; orders already made can still be handed over. */
export async function closeExchange(ctx: VolunteersContext, input: CloseExchangeInput): Promise<PointsExchangeEntity> {
  const id = parseId(input.id, 'exchange');
  await authorizeExchangeEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const exchange = await lockForEdit(manager, PointsExchangeEntity, id, input.expectedVersion, 'exchange');
    if (exchange.closedAt) throw conflict(`exchange ${id} is already closed`);
    Object.assign(exchange, { closedAt: new Date(), closeReason: input.reason.trim() });
    const saved = await manager.getRepository(PointsExchangeEntity).save(exchange);
    await ctx.audit.record(manager, 'closeExchange', 'PointsExchange', [id], {
      reason: saved.closeReason,
      changes: { closedAt: { from: null, to: saved.closedAt } },
    });
    return saved;
  });
}

/** Opens a closed exchange again. */
export async function reopenExchange(ctx: VolunteersContext, input: ReopenExchangeInput): Promise<PointsExchangeEntity> {
  const id = parseId(input.id, 'exchange');
  await authorizeExchangeEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const exchange = await lockForEdit(manager, PointsExchangeEntity, id, input.expectedVersion, 'exchange');
    if (!exchange.closedAt) throw conflict(`exchange ${id} is open`);
    const closedAt = exchange.closedAt;
    Object.assign(exchange, { closedAt: null, closeReason: null });
    const saved = await manager.getRepository(PointsExchangeEntity).save(exchange);
    await ctx.audit.record(manager, 'reopenExchange', 'PointsExchange', [id], { changes: { closedAt: { from: closedAt, to: null } } });
    return saved;
  });
}
