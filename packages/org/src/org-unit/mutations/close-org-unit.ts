import { badUserInput, conflict } from '@civic/runtime';
import { chinaToday, parseId, type SubgraphContext, lockForEdit } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit.entity';

/**
 * Closes a unit (撤销): nothing is deleted, the unit keeps its history and figures, and takes no
 * new units below it. Its open children must be closed or moved first.
 */
export async function closeOrgUnit(
  ctx: SubgraphContext,
  id: string,
  closedOn: string | null | undefined,
  expectedVersion: number | null | undefined,
): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  await ctx.access.requireWrite('org:write', unitId);
  const day = closedOn ?? chinaToday();
  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const unit = await lockForEdit(manager, OrgUnitEntity, unitId, expectedVersion, 'org unit');
    if (unit.closedOn) throw conflict(`org unit ${unitId} is already closed (since ${unit.closedOn})`);
    if (unit.establishedOn && day < unit.establishedOn)
      throw badUserInput(`closedOn must not be before establishedOn (${unit.establishedOn})`, { argument: 'closedOn' });
    const [{ open }] = await manager.query(`SELECT count(*)::int AS open FROM org.org_unit WHERE parent_id = $1 AND closed_on IS NULL`, [
      unitId,
    ]);
    if (open > 0) throw conflict(`org unit ${unitId} still has ${open} open units below it; close or move them first`);
    await units.update({ id: unitId }, { closedOn: day });
    await ctx.audit.record(manager, 'closeOrgUnit', 'OrgUnit', [unitId], { changes: { closedOn: { from: null, to: day } } });
    return units.findOneByOrFail({ id: unitId });
  });
}
