import { conflict } from '@civic/runtime';
import { chinaToday, lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer.entity';
import type { DeregisterVolunteerInput } from './deregistration.inputs';
import { authorizeVolunteerEdit } from './volunteer-edit-access';

/**
 * Takes a volunteer off the register (注销): the row, its service records and memberships stay for
 * the record; current memberships end today and teams it led lose their leader. From then on it is
 * left out of rosters, counts and rankings unless a list asks for deregistered volunteers; hours
 * it served stay in every total (the service was done).
 */
export async function deregisterVolunteer(ctx: SubgraphContext, input: DeregisterVolunteerInput): Promise<VolunteerEntity> {
  const id = parseId(input.id, 'volunteer');
  await authorizeVolunteerEdit(ctx, id, false);
  return ctx.db.transaction(async (manager) => {
    const volunteer = await lockForEdit(manager, VolunteerEntity, id, input.expectedVersion, 'volunteer');
    if (volunteer.deregisteredAt) throw conflict(`volunteer ${id} is already deregistered`);
    volunteer.deregisteredAt = new Date();
    volunteer.deregistrationReason = input.reason.trim();
    const saved = await manager.getRepository(VolunteerEntity).save(volunteer);
    const ended: { id: number }[] = await manager.query(
      `UPDATE volunteers.team_membership SET left_on = greatest($2::date, joined_on) WHERE volunteer_id = $1 AND left_on IS NULL RETURNING id`,
      [id, chinaToday()],
    );
    const unled: { id: number }[] = await manager.query(
      `UPDATE volunteers.volunteer_team SET leader_volunteer_id = NULL, version = version + 1 WHERE leader_volunteer_id = $1 RETURNING id`,
      [id],
    );
    await ctx.audit.record(manager, 'deregisterVolunteer', 'Volunteer', [id], {
      reason: saved.deregistrationReason,
      changes: {
        deregisteredAt: { from: null, to: saved.deregisteredAt },
        endedMemberships: { from: null, to: ended.map((m) => m.id) },
        teamsWithoutLeader: { from: null, to: unled.map((t) => t.id) },
      },
    });
    return saved;
  });
}
