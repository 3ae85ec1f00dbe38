import { notFound } from '@civic/runtime';
import { readUnit } from '@civic/org-tree';
import { type SubgraphContext } from '@civic/subgraph-kit';

/** That an org unit exists in the org subgraph's published tree; NOT_FOUND otherwise. */
export async function requireUnit(ctx: SubgraphContext, unitId: number): Promise<void> {
  const unit = await readUnit(ctx.db, unitId, ['id']);
  if (!unit) throw notFound('org unit', unitId);
}
