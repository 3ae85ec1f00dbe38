import { conflict } from '@civic/runtime';
import { chinaToday, lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerTeamEntity } from '../volunteer-team.entity';
import { authorizeTeamEdit } from './team-edit-access';
import type { DissolveVolunteerTeamInput } from './team-edit.inputs';

/**
 * Dissolves a team (解散): the row, its memberships and its service records stay; current
 * memberships end today; it leaves team counts and lists (unless asked for) and takes no members.
 * Hours served for it stay in its figures.
 */
export async function dissolveVolunteerTeam(ctx: SubgraphContext, input: DissolveVolunteerTeamInput): Promise<VolunteerTeamEntity> {
  const id = parseId(input.id, 'volunteer team');
  await authorizeTeamEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const team = await lockForEdit(manager, VolunteerTeamEntity, id, input.expectedVersion, 'volunteer team');
    if (team.dissolvedAt) throw conflict(`volunteer team ${id} is already dissolved`);
    team.dissolvedAt = new Date();
    team.dissolutionReason = input.reason?.trim() || null;
    const saved = await manager.getRepository(VolunteerTeamEntity).save(team);
    const ended: { id: number }[] = await manager.query(
      `UPDATE volunteers.team_membership SET left_on = greatest($2::date, joined_on) WHERE team_id = $1 AND left_on IS NULL RETURNING id`,
      [id, chinaToday()],
    );
    await ctx.audit.record(manager, 'dissolveVolunteerTeam', 'VolunteerTeam', [id], {
      reason: saved.dissolutionReason,
      changes: { dissolvedAt: { from: null, to: saved.dissolvedAt }, endedMemberships: { from: null, to: ended.map((m) => m.id) } },
    });
    return saved;
  });
}
