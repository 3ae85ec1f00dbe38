import { conflict } from '@civic/runtime';
import { parseId, type SubgraphContext, lockForEdit } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit.entity';

/** Reopens a closed unit; its parent must be open. */
export async function reopenOrgUnit(ctx: SubgraphContext, id: string, expectedVersion: number | null | undefined): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  await ctx.access.requireWrite('org:write', unitId);
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await lockForEdit(manager, OrgUnitEntity, unitId, expectedVersion, 'org unit');
    if (!unit.closedOn) throw conflict(`org unit ${unitId} is not closed`);
    const parent = unit.parentId ? await units.findOneBy({ id: unit.parentId }) : null;
    if (parent?.closedOn) throw conflict(`its parent, org unit ${parent.id}, is closed; reopen that first`);
    await units.update({ id: unitId }, { closedOn: null });
    await ctx.audit.record(manager, 'reopenOrgUnit', 'OrgUnit', [unitId], { changes: { closedOn: { from: unit.closedOn, to: null } } });
    return units.findOneByOrFail({ id: unitId });
  });
}
