import { conflict, notFound } from '@civic/runtime';
import type { SubgraphContext } from '@civic/subgraph-kit';

/** Staff whose subtree holds the project's unit may change it; checked before the edit's transaction. */
export async function authorizeBrandProjectEdit(ctx: SubgraphContext, projectId: number): Promise<void> {
  const found: { org_unit_id: number }[] = await ctx.db.query(`SELECT org_unit_id FROM volunteers.brand_project WHERE id = $1`, [
    projectId,
  ]);
  if (found.length === 0) throw notFound('brand project', projectId);
  await ctx.access.requireWrite('volunteer:register', found[0].org_unit_id);
}

/** Runs a write whose name must be unique: a duplicate becomes a CONFLICT naming it. */
export async function withUniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw conflict(`a brand project named "${name}" already exists`);
    throw err;
  }
}
