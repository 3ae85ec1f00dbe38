import { notFound } from '@civic/runtime';
import type { SubgraphContext } from '@civic/subgraph-kit';

/** Staff whose subtree holds the team's unit may change it (as for forming it); checked before the edit's transaction. */
export async function authorizeTeamEdit(ctx: SubgraphContext, teamId: number): Promise<void> {
  const found: { org_unit_id: number }[] = await ctx.db.query(`SELECT org_unit_id FROM volunteers.volunteer_team WHERE id = $1`, [teamId]);
  if (found.length === 0) throw notFound('volunteer team', teamId);
  await ctx.access.requireWrite('volunteer:register', found[0].org_unit_id);
}
