import { forbidden } from '@civic/runtime';
import { changedFields, lockForEdit, maskPhone, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer.entity';
import type { UpdateVolunteerInput } from './update-volunteer.input';
import { authorizeVolunteerEdit } from './volunteer-edit-access';

const EDITABLE = ['name', 'phone', 'politicalStatus', 'skills', 'kinds'] as const;

/**
 * Changes a volunteer's contact, skills, kinds or political status on the version the editor read.
 * Staff of the home unit's subtree may change all; the volunteer itself its phone, skills and
 * political status (name and kinds are confirmed by staff). The audit entry keeps each changed
 * field before and after, phones masked.
 */
export async function updateVolunteer(ctx: SubgraphContext, input: UpdateVolunteerInput): Promise<VolunteerEntity> {
  const id = parseId(input.id, 'volunteer');
  await authorizeVolunteerEdit(ctx, id, true);
  if (ctx.access.isVolunteer(id) && (input.name !== undefined || input.kinds !== undefined))
    throw forbidden('a volunteer may change its phone, skills and political status; name and kinds are changed by staff');

  return ctx.db.transaction(async (manager) => {
    const volunteer = await lockForEdit(manager, VolunteerEntity, id, input.expectedVersion, 'volunteer');
    const before = { ...volunteer, phone: masked(volunteer.phone) };
    if (input.name !== undefined) volunteer.name = input.name.trim();
    if (input.phone !== undefined) volunteer.phone = input.phone.replace(/[\s-]/g, '');
    if (input.politicalStatus !== undefined) volunteer.politicalStatus = input.politicalStatus;
    if (input.skills !== undefined) volunteer.skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
    if (input.kinds !== undefined) volunteer.kinds = [...new Set(input.kinds ?? [])];
    const saved = await manager.getRepository(VolunteerEntity).save(volunteer);
    const changes = changedFields(before, { ...saved, phone: masked(saved.phone) }, EDITABLE);
    await ctx.audit.record(manager, 'updateVolunteer', 'Volunteer', [id], { changes });
    return saved;
  });
}

function masked(phone: string | null): string | null {
  return phone ? maskPhone(phone) : null;
}
