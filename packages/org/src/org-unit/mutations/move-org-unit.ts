import { In } from 'typeorm';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit.entity';
import { assertMaySitUnder } from './level-rules';

/**
 * Moves a unit, with its whole subtree, under a new parent, atomically: the parent link and every
 * materialised path below change in one transaction, so subtree figures in every subgraph are
 * right the moment it commits. The caller needs write access at both ends.
 */
export async function moveOrgUnit(
  ctx: SubgraphContext,
  id: string,
  newParentId: string,
  expectedVersion: number | null | undefined,
): Promise<OrgUnitEntity> {
  const unitId = parseId(id, 'org unit');
  const parentId = parseId(newParentId, 'org unit');
  await ctx.access.requireWrite('org:write', unitId);
  await ctx.access.requireWrite('org:write', parentId);

  return ctx.db.transaction(async (manager) => {
    const units = manager.getRepository(OrgUnitEntity);
    const locked = await units.find({ where: { id: In([unitId, parentId]) }, lock: { mode: 'pessimistic_write' }, order: { id: 'ASC' } });
    const unit = locked.find((u) => u.id === unitId);
    const parent = locked.find((u) => u.id === parentId);
    if (!unit) throw notFound('org unit', unitId);
    if (!parent) throw notFound('org unit', parentId);
    if (expectedVersion !== null && expectedVersion !== undefined && unit.version !== expectedVersion) {
      throw conflict(
        `org unit ${unitId} was changed by someone else since you read it (now version ${unit.version}): reload it and move it again`,
        {
          currentVersion: unit.version,
        },
      );
    }
    if (parent.path.startsWith(unit.path))
      throw badUserInput(`org unit ${parentId} is inside the subtree of ${unitId}: the move would make a cycle`);
    assertMaySitUnder(unit.level, parent.level);
    if (parent.closedOn) throw badUserInput(`org unit ${parentId} is closed; units cannot move under it`);
    if (unit.parentId !== parentId) {
      const newPath = `${parent.path}${unit.id}/`;
      await manager.query(
        `UPDATE org.org_unit SET path = $2 || substr(path, length($1) + 1), depth = depth + $3, updated_at = now()
         WHERE path LIKE $1 || '%'`,
        [unit.path, newPath, parent.depth + 1 - unit.depth],
      );
      await units.update({ id: unitId }, { parentId });
    }
    await ctx.audit.record(manager, 'moveOrgUnit', 'OrgUnit', [unitId, parentId], {
      changes: { parentId: { from: unit.parentId, to: parentId } },
    });
    return units.findOneByOrFail({ id: unitId });
  });
}
