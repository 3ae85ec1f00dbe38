import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { OrgLevel } from '../org-level.enum';
import { OrgUnitEntity } from '../org-unit.entity';
import { assertRegionExists } from './region-check';
import type { UpdateOrgUnitInput } from './update-org-unit.input';
import { validUnitFields } from './unit-fields';

/** Changes a unit's descriptive fields (not its place in the tree). */
export async function updateOrgUnit(ctx: SubgraphContext, id: string, input: UpdateOrgUnitInput): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  const fields = validUnitFields(input);
  await ctx.access.requireWrite('org:write', unitId);
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await units.findOne({ where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw notFound('org unit', unitId);
    if (unit.level === OrgLevel.SUB_CENTER && input.department !== undefined && !fields.department) {
      throw badUserInput('a SUB_CENTER must keep the department that runs it');
    }
    if (input.regionCode) await assertRegionExists(manager, input.regionCode);
    await units.update({ id: unitId }, { ...fields, ...(input.regionCode !== undefined ? { regionCode: input.regionCode } : {}) });
    await ctx.audit.record(manager, 'updateOrgUnit', 'OrgUnit', [unitId]);
    return units.findOneByOrFail({ id: unitId });
  });
}

/**
 * Closes a unit (撤销): nothing is deleted, the unit keeps its history and figures, and takes no
 * new units below it. Its open children must be closed or moved first.
 */
export async function closeOrgUnit(ctx: SubgraphContext, id: string, closedOn: string | null | undefined): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  await ctx.access.requireWrite('org:write', unitId);
  const day = closedOn ?? chinaToday();
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await units.findOne({ where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw notFound('org unit', unitId);
    if (unit.closedOn) throw conflict(`org unit ${unitId} is already closed (since ${unit.closedOn})`);
    if (unit.establishedOn && day < unit.establishedOn)
      throw badUserInput(`closedOn must not be before establishedOn (${unit.establishedOn})`);
    const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM org.org_unit WHERE parent_id = $1 AND closed_on IS NULL`, [
      unitId,
    ]);
    if (open > 0) throw conflict(`org unit ${unitId} still has ${open} open units below it; close or move them first`);
    await units.update({ id: unitId }, { closedOn: day });
    await ctx.audit.record(manager, 'closeOrgUnit', 'OrgUnit', [unitId]);
    return units.findOneByOrFail({ id: unitId });
  });
}

/** Reopens a closed unit; its parent must be open. */
export async function reopenOrgUnit(ctx: SubgraphContext, id: string): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  await ctx.access.requireWrite('org:write', unitId);
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await units.findOne({ where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw notFound('org unit', unitId);
    if (!unit.closedOn) throw conflict(`org unit ${unitId} is not closed`);
    const parent = unit.parentId ? await units.findOneBy({ id: unit.parentId }) : null;
    if (parent?.closedOn) throw conflict(`its parent, org unit ${parent.id}, is closed; reopen that first`);
    await units.update({ id: unitId }, { closedOn: null });
    await ctx.audit.record(manager, 'reopenOrgUnit', 'OrgUnit', [unitId]);
    return units.findOneByOrFail({ id: unitId });
  });
}
