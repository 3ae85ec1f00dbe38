import { notFound } from '@civic/runtime';
import { type SubgraphContext } from '@civic/subgraph-kit';

/** That an org unit exists, read from the org subgraph's published `org.unit_tree`; NOT_FOUND otherwise. */
export async function requireUnit(ctx: SubgraphContext, unitId: number): Promise<void> {
  const [unit]: unknown[] = await ctx.db.query(`SELECT 1 FROM org.unit_tree WHERE id = $1`, [unitId]);
  if (!unit) throw notFound('org unit', unitId);
}
