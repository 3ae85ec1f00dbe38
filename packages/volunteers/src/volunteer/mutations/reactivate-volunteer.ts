import { conflict } from '@civic/runtime';
import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer.entity';
import type { ReactivateVolunteerInput } from './deregistration.inputs';
import { authorizeVolunteerEdit } from './volunteer-edit-access';

/** Puts a deregistered volunteer back on the register (恢复注册); memberships ended by the deregistration stay ended. */
export async function reactivateVolunteer(ctx: SubgraphContext, input: ReactivateVolunteerInput): Promise<VolunteerEntity> {
  const id = parseId(input.id, 'volunteer');
  await authorizeVolunteerEdit(ctx, id, false);
  return ctx.db.transaction(async (manager) => {
    const volunteer = await lockForEdit(manager, VolunteerEntity, id, input.expectedVersion, 'volunteer');
    if (!volunteer.deregisteredAt) throw conflict(`volunteer ${id} is not deregistered`);
    const before = { deregisteredAt: volunteer.deregisteredAt, deregistrationReason: volunteer.deregistrationReason };
    volunteer.deregisteredAt = null;
    volunteer.deregistrationReason = null;
    const saved = await manager.getRepository(VolunteerEntity).save(volunteer);
    await ctx.audit.record(manager, 'reactivateVolunteer', 'Volunteer', [id], {
      changes: {
        deregisteredAt: { from: before.deregisteredAt, to: null },
        deregistrationReason: { from: before.deregistrationReason, to: null },
      },
    });
    return saved;
  });
}
