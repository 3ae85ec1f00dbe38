import { badUserInput, conflict, notFound } from '@civic/runtime';
import { chinaToday, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { HonourEntity } from '../honour.entity';
import type { AwardHonourInput } from './award-honour.input';
import type { RevokeHonourInput } from './revoke-honour.input';
import { roleModelForEdit } from './role-model-for-edit';

/** Confers an honour on a role model; the same title and year standing twice is CONFLICT. */
export async function awardHonour(ctx: CampaignsContext, input: AwardHonourInput): Promise<HonourEntity> {
  const model = await roleModelForEdit(ctx, input.roleModelId);
  const title = input.title.trim();
  try {
    return await ctx.db.transaction(async (manager) => {
      const honours = manager.getRepository(HonourEntity);
      const honour = await honours.save(
        honours.create({
          roleModelId: model.id,
          title,
          conferredBy: input.conferredBy?.trim() || null,
          year: input.year ?? null,
          level: input.level,
          revokedOn: null,
          revokeReason: null,
        }),
      );
      await ctx.audit.record(manager, 'awardHonour', 'Honour', [honour.id], { changes: { roleModelId: { from: null, to: model.id } } });
      return honour;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw conflict(`role model ${model.id} already holds ${title}${input.year ? ` (${input.year})` : ''}`);
    throw error;
  }
}

/** Revokes an honour from a day, with a reason: it stays, with the day, as history. */
export async function revokeHonour(ctx: CampaignsContext, input: RevokeHonourInput): Promise<HonourEntity> {
  ctx.access.requirePermission('honour:write');
  const honourId = parseId(input.id, 'honour');
  const found = await ctx.db.getRepository(HonourEntity).findOneBy({ id: honourId });
  if (!found) throw notFound('honour', honourId);
  await roleModelForEdit(ctx, String(found.roleModelId));
  const reason = input.reason.trim();
  const revokedOn = input.revokedOn ?? chinaToday();
  if (found.year !== null && Number(revokedOn.slice(0, 4)) < found.year) {
    throw badUserInput(`revokedOn ${revokedOn} is before the year it was conferred, ${found.year}`, { argument: 'input.revokedOn' });
  }
  return ctx.db.transaction(async (manager) => {
    const [honour] = await manager
      .getRepository(HonourEntity)
      .createQueryBuilder('honour')
      .setLock('pessimistic_write')
      .where('honour.id = :id', { id: honourId })
      .getMany();
    if (honour.revokedOn !== null) throw conflict(`honour ${honourId} was already revoked on ${honour.revokedOn}`);
    const saved = await manager.getRepository(HonourEntity).save({ ...honour, revokedOn, revokeReason: reason });
    await ctx.audit.record(manager, 'revokeHonour', 'Honour', [honourId], {
      reason,
      changes: { revokedOn: { from: null, to: revokedOn } },
    });
    return saved;
  });
}
