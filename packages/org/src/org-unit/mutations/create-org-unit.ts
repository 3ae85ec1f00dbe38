import { badUserInput, conflict, forbidden, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, OrgLevel } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit.entity';
import type { CreateOrgUnitInput } from './create-org-unit.input';
import { assertMaySitUnder } from './level-rules';
import { assertRegionExists } from './region-check';
import { validUnitFields } from './unit-fields';

/** Creates a unit under a parent inside the caller's subtree; the unit and its audit entry commit together. */
export async function createOrgUnit(ctx: SubgraphContext, input: CreateOrgUnitInput): Promise<OrgUnitEntity> {
  const fields = validUnitFields(input);
  const code = input.code.trim();
  if (input.level === OrgLevel.SUB_CENTER && !fields.department)
    throw badUserInput('a SUB_CENTER must name the department that runs it (department)', { argument: 'input.department' });
  const parentId = input.parentId ? parseId(input.parentId, 'org unit') : null;

  if (parentId === null) {
    ctx.access.requirePermission('org:write');
    if (ctx.access.identity.role !== 'ADMIN') throw forbidden('only ADMIN may create a top-level center');
  } else {
    await ctx.access.requireWrite('org:write', parentId);
  }

  try {
    return await ctx.db.transaction(async (manager) => {
      const units = manager.getRepository(OrgUnitEntity);
      const parent = parentId === null ? null : await units.findOne({ where: { id: parentId }, lock: { mode: 'pessimistic_read' } });
      if (parentId !== null && !parent) throw notFound('org unit', parentId);
      assertMaySitUnder(input.level, parent?.level ?? null);
      if (parent?.closedOn) throw badUserInput(`org unit ${parent.id} is closed; reopen it before adding units under it`);
      if (input.regionCode) await assertRegionExists(manager, input.regionCode);
      const inserted = await units.save(
        units.create({ ...fields, name: fields.name!, code, level: input.level, parentId, regionCode: input.regionCode ?? null }),
      );
      await ctx.audit.record(manager, 'createOrgUnit', 'OrgUnit', [inserted.id]);
      return units.findOneByOrFail({ id: inserted.id });
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw conflict(`an org unit with code ${code} already exists`);
    throw err;
  }
}
