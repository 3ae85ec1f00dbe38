import { badUserInput, conflict, notFound } from '@civic/runtime';
import { changedFields, chinaToday, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CustomsReformMeasureEntity } from '../customs-reform-measure.entity';
import type { RevokeCustomsReformMeasureInput } from './revoke-customs-reform-measure.input';
import type { UpdateCustomsReformMeasureInput } from './update-customs-reform-measure.input';

/** Corrects a measure's adoption day or note, on the version read. */
export async function updateCustomsReformMeasure(
  ctx: CampaignsContext,
  input: UpdateCustomsReformMeasureInput,
): Promise<CustomsReformMeasureEntity> {
  const id = await measureForEdit(ctx, input.id);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, CustomsReformMeasureEntity, id, input.expectedVersion, 'customs-reform measure');
    const after = { ...before };
    if (input.adoptedOn != null) after.adoptedOn = input.adoptedOn;
    if (input.note !== undefined) after.note = input.note?.trim() || null;
    if (after.revokedOn !== null && after.adoptedOn > after.revokedOn) {
      throw badUserInput(`adoptedOn ${after.adoptedOn} must not be after the day it was revoked, ${after.revokedOn}`, {
        argument: 'input.adoptedOn',
      });
    }
    const saved = await manager.getRepository(CustomsReformMeasureEntity).save(after);
    await ctx.audit.record(manager, 'updateCustomsReformMeasure', 'CustomsReformMeasure', [id], {
      changes: changedFields(before, saved, ['adoptedOn', 'note']),
    });
    return saved;
  });
}

/** Revokes a measure from a day: from that day on it no longer counts in coverage; it stays for the record. */
export async function revokeCustomsReformMeasure(
  ctx: CampaignsContext,
  input: RevokeCustomsReformMeasureInput,
): Promise<CustomsReformMeasureEntity> {
  const id = await measureForEdit(ctx, input.id);
  const reason = input.reason.trim();
  const revokedOn = input.revokedOn ?? chinaToday();
  return ctx.db.transaction(async (manager) => {
    const measure = await lockForEdit(manager, CustomsReformMeasureEntity, id, input.expectedVersion, 'customs-reform measure');
    if (measure.revokedOn !== null) throw conflict(`customs-reform measure ${id} was already revoked on ${measure.revokedOn}`);
    if (revokedOn < measure.adoptedOn) {
      throw badUserInput(`revokedOn ${revokedOn} must not be before the day it was adopted, ${measure.adoptedOn}`, {
        argument: 'input.revokedOn',
      });
    }
    const saved = await manager.getRepository(CustomsReformMeasureEntity).save({ ...measure, revokedOn, revokeReason: reason });
    await ctx.audit.record(manager, 'revokeCustomsReformMeasure', 'CustomsReformMeasure', [id], {
      reason,
      changes: { revokedOn: { from: null, to: revokedOn } },
    });
    return saved;
  });
}

async function measureForEdit(ctx: CampaignsContext, id: string): Promise<number> {
  ctx.access.requirePermission('campaign:write');
  const measureId = parseId(id, 'customs-reform measure');
  const [measure] = await ctx.db.query<{ org_unit_id: number }[]>(
    `SELECT org_unit_id FROM campaigns.customs_reform_measure WHERE id = $1`,
    [measureId],
  );
  if (!measure) throw notFound('customs-reform measure', measureId);
  await ctx.access.requireWrite('campaign:write', measure.org_unit_id);
  return measureId;
}
