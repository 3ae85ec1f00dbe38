import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { DesignationEntity } from '../designation.entity';
import type { GrantDesignationInput } from './grant-designation.input';

/** Grants a designation to a unit inside the caller's subtree; the same active title twice is a CONFLICT. */
export async function grantDesignation(ctx: SubgraphContext, input: GrantDesignationInput): Promise<DesignationEntity> {
  const title = input.title.trim();
  const grantedBy = input.grantedBy.trim();
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('org:write', orgUnitId);
  try {
    return await ctx.db.transaction(async (manager) => {
      const designations = manager.getRepository(DesignationEntity);
      const saved = await designations.save(
        designations.create({ orgUnitId, kind: input.kind, title, grantedBy, grantedOn: input.grantedOn, revokedOn: null }),
      );
      await ctx.audit.record(manager, 'grantDesignation', 'Designation', [saved.id]);
      return saved;
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw conflict(`org unit ${orgUnitId} already holds "${title}"`);
    throw err;
  }
}

/** Revokes a designation; the row stays, with its revocation day, as history. */
export async function revokeDesignation(
  ctx: SubgraphContext,
  id: string,
  revokedOn: string | null | undefined,
): Promise<DesignationEntity> {
  const designationId = parseId(id, 'designation');
  const designation = await ctx.db.getRepository(DesignationEntity).findOneBy({ id: designationId });
  if (!designation) throw notFound('designation', designationId);
  await ctx.access.requireWrite('org:write', designation.orgUnitId);
  const day = revokedOn ?? chinaToday();
  if (designation.revokedOn) throw conflict(`designation ${designationId} was already revoked on ${designation.revokedOn}`);
  if (day < designation.grantedOn) throw badUserInput(`revokedOn must not be before the grant (${designation.grantedOn})`);
  return ctx.db.transaction(async (manager) => {
    const designations = manager.getRepository(DesignationEntity);
    await designations.update({ id: designationId }, { revokedOn: day });
    await ctx.audit.record(manager, 'revokeDesignation', 'Designation', [designationId]);
    return designations.findOneByOrFail({ id: designationId });
  });
}
