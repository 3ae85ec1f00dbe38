import { badUserInput, conflict } from '@civic/runtime';
import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerTeamEntity } from '../volunteer-team.entity';
import { authorizeTeamEdit } from './team-edit-access';
import type { SetTeamLeaderInput } from './team-edit.inputs';

/**
 * Sets or changes a team's leader (队长), or clears it. The leader must be a current member: a
 * leader who is not in the team is refused rather than enrolled on the side (join first).
 */
export async function setTeamLeader(ctx: SubgraphContext, input: SetTeamLeaderInput): Promise<VolunteerTeamEntity> {
  const id = parseId(input.id, 'volunteer team');
  const leaderId = input.leaderVolunteerId ? parseId(input.leaderVolunteerId, 'volunteer') : null;
  await authorizeTeamEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const team = await lockForEdit(manager, VolunteerTeamEntity, id, input.expectedVersion, 'volunteer team');
    if (team.dissolvedAt) throw conflict(`volunteer team ${id} is dissolved`);
    if (leaderId !== null) {
      const member: unknown[] = await manager.query(
        `SELECT 1 FROM volunteers.team_membership WHERE team_id = $1 AND volunteer_id = $2 AND left_on IS NULL`,
        [id, leaderId],
      );
      if (member.length === 0)
        throw badUserInput(`volunteer ${leaderId} is not a current member of team ${id}; the leader must be a member`, {
          argument: 'input.leaderVolunteerId',
        });
    }
    const before = team.leaderVolunteerId;
    team.leaderVolunteerId = leaderId;
    const saved = await manager.getRepository(VolunteerTeamEntity).save(team);
    await ctx.audit.record(manager, 'setTeamLeader', 'VolunteerTeam', [id], {
      changes: { leaderVolunteerId: { from: before, to: leaderId } },
    });
    return saved;
  });
}
