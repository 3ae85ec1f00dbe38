import { notFound } from '@civic/runtime';
import type { SubgraphContext } from '@civic/subgraph-kit';

/**
 * Who may change a volunteer's record: staff whose subtree holds the volunteer's home unit (as for
 * registration), or, where `selfAllowed`, the volunteer itself. Checked before the edit's
 * transaction, so a caller out of scope learns nothing about the record's version.
 */
export async function authorizeVolunteerEdit(ctx: SubgraphContext, volunteerId: number, selfAllowed: boolean): Promise<void> {
  const found: { home_unit_id: number | null }[] = await ctx.db.query(`SELECT home_unit_id FROM volunteers.volunteer WHERE id = $1`, [
    volunteerId,
  ]);
  if (found.length === 0) throw notFound('volunteer', volunteerId);
  if (selfAllowed && ctx.access.isVolunteer(volunteerId)) return;
  await ctx.access.requireWrite('volunteer:register', found[0].home_unit_id ?? 0);
}
