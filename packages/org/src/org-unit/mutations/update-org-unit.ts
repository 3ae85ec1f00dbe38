import { badUserInput } from '@civic/runtime';
import { changedFields, parseId, type SubgraphContext, lockForEdit, OrgLevel } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit.entity';
import { assertRegionExists } from './region-check';
import type { UpdateOrgUnitInput } from './update-org-unit.input';
import { validUnitFields } from './unit-fields';

const EDITABLE_FIELDS = [
  'name',
  'address',
  'department',
  'establishedOn',
  'latitude',
  'longitude',
  'contactName',
  'contactTitle',
  'contactPhone',
  'regionCode',
] as const;

/** Changes a unit's descriptive fields (not its place in the tree), on the version the editor read when it names one. */
export async function updateOrgUnit(ctx: SubgraphContext, id: string, input: UpdateOrgUnitInput): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  const fields = validUnitFields(input);
  await ctx.access.requireWrite('org:write', unitId);
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await lockForEdit(manager, OrgUnitEntity, unitId, input.expectedVersion, 'org unit');
    if (unit.level === OrgLevel.SUB_CENTER && input.department !== undefined && !fields.department) {
      throw badUserInput('a SUB_CENTER must keep the department that runs it', { argument: 'input.department' });
    }
    if (unit.closedOn && fields.establishedOn && fields.establishedOn > unit.closedOn) {
      throw badUserInput(`establishedOn must not be after closedOn (${unit.closedOn})`, { argument: 'input.establishedOn' });
    }
    if (input.regionCode) await assertRegionExists(manager, input.regionCode);
    await units.update({ id: unitId }, { ...fields, ...(input.regionCode !== undefined ? { regionCode: input.regionCode } : {}) });
    const updated = await units.findOneByOrFail({ id: unitId });
    await ctx.audit.record(manager, 'updateOrgUnit', 'OrgUnit', [unitId], { changes: changedFields(unit, updated, EDITABLE_FIELDS) });
    return updated;
  });
}
