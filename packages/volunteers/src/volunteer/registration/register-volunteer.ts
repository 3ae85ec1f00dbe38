import { badUserInput, conflict, parseId, parseResidentId, personalDataCipher, type SubgraphContext } from '@civic/kernel';
import { VolunteerEntity } from '../volunteer.entity';
import type { RegisterVolunteerInput } from './register-volunteer.input';

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Registers a volunteer inside the caller's subtree: one transaction for the row and its audit
 * entry. The ID number is kept only encrypted; its keyed hash makes a second registration a CONFLICT.
 */
export async function registerVolunteer(ctx: SubgraphContext, input: RegisterVolunteerInput): Promise<VolunteerEntity> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 50) throw badUserInput('name must be 1 to 50 characters');
  const phone = input.phone.replace(/[\s-]/g, '');
  if (!MOBILE.test(phone)) throw badUserInput('phone must be an 11-digit mainland mobile number');
  const idNumber = parseResidentId(input.idNumber);
  const homeUnitId = parseId(input.homeUnitId, 'org unit');
  await ctx.access.requireWrite('volunteer:register', homeUnitId);

  const cipher = personalDataCipher();
  try {
    return await ctx.db.transaction(async (manager) => {
      const volunteer = await manager.getRepository(VolunteerEntity).save(
        manager.getRepository(VolunteerEntity).create({
          name,
          phone,
          homeUnitId,
          idNumberCipher: cipher.encrypt(idNumber),
          idNumberHash: cipher.hash(idNumber),
          registeredAt: new Date(),
          totalServiceHours: 0,
        }),
      );
      await ctx.audit.record(manager, 'registerVolunteer', 'Volunteer', [volunteer.id]);
      return volunteer;
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw conflict('a volunteer with this ID number is already registered');
    throw err;
  }
}
