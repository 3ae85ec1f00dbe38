import { readUnit } from '@civic/org-tree';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, parseResidentId, personalDataCipher, residentIdFacts, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer.entity';
import type { RegisterVolunteerInput } from './register-volunteer.input';

const HOME_LEVELS = ['STATION', 'INSTITUTE'];

/**
 * Registers a volunteer inside the caller's subtree: one transaction for the row, its volunteer
 * number and its audit entry. The ID number is kept only encrypted; its keyed hash makes a second
 * registration a CONFLICT.
 */
export async function registerVolunteer(ctx: SubgraphContext, input: RegisterVolunteerInput): Promise<VolunteerEntity> {
  const name = input.name.trim();
  const phone = input.phone.replace(/[\s-]/g, '');
  const idNumber = parseResidentId(input.idNumber);
  const { birthDate, gender } = residentIdFacts(idNumber);
  if (isMinor(birthDate) && input.guardianConsent !== true)
    throw badUserInput('guardianConsent must be true for a volunteer under 18', { argument: 'input.guardianConsent' });
  const skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
  const homeUnitId = parseId(input.homeUnitId, 'org unit');
  await ctx.access.requireWrite('volunteer:register', homeUnitId);
  const home = await readUnit(ctx.db, homeUnitId, ['level', 'closed_on']);
  if (!home) throw notFound('org unit', homeUnitId);
  if (!HOME_LEVELS.includes(home.level)) throw badUserInput(`homeUnitId must be a station or institute, not a ${home.level}`);
  if (home.closed_on) throw badUserInput(`org unit ${homeUnitId} is closed`);

  const cipher = personalDataCipher();
  const now = new Date();
  try {
    return await ctx.db.transaction(async (manager) => {
      const [{ seq }] = await manager.query(`SELECT nextval('volunteers.volunteer_number_seq') AS seq`);
      const volunteers = manager.getRepository(VolunteerEntity);
      const volunteer = await volunteers.save(
        volunteers.create({
          name,
          phone,
          homeUnitId,
          idNumberCipher: cipher.encrypt(idNumber),
          idNumberHash: cipher.hash(idNumber),
          volunteerNumber: volunteerNumber(now, Number(seq)),
          birthDate,
          gender,
          politicalStatus: input.politicalStatus ?? null,
          skills,
          kinds: [...new Set(input.kinds ?? [])],
          consentAt: now,
          guardianConsent: input.guardianConsent === true,
          registeredAt: now,
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

/** ZYZ-<year>-<8 digits>, e.g. ZYZ-2026-00090001 (志愿者编号). */
export function volunteerNumber(registeredAt: Date, sequence: number): string {
  return `ZYZ-${registeredAt.getUTCFullYear()}-${String(sequence).padStart(8, '0')}`;
}

function isMinor(birthDate: string, today = new Date()): boolean {
  const eighteenth = new Date(`${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}T00:00:00Z`);
  return eighteenth > today;
}
