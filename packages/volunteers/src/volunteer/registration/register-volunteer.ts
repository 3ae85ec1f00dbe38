import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, parseResidentId, personalDataCipher, residentIdFacts, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer.entity';
import type { RegisterVolunteerInput } from './register-volunteer.input';

const MOBILE = /^1[3-9]\d{9}$/;
const HOME_LEVELS = ['STATION', 'INSTITUTE'];

/**
 * Registers a volunteer inside the caller's subtree: one transaction for the row, its volunteer
 * number and its audit entry. The ID number is kept only encrypted; its keyed hash makes a second
 * registration a CONFLICT.
 */
export async function registerVolunteer(ctx: SubgraphContext, input: RegisterVolunteerInput): Promise<VolunteerEntity> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 50) throw badUserInput('name must be 1 to 50 characters');
  const phone = input.phone.replace(/[\s-]/g, '');
  if (!MOBILE.test(phone)) throw badUserInput('phone must be an 11-digit mainland mobile number (1[3-9] and 9 digits)');
  const idNumber = parseResidentId(input.idNumber);
  const { birthDate, gender } = residentIdFacts(idNumber);
  if (input.consent !== true) throw badUserInput('consent must be true: registration needs the volunteer\'s consent to the processing of personal data');
  if (isMinor(birthDate) && input.guardianConsent !== true) throw badUserInput('guardianConsent must be true for a volunteer under 18');
  const skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
  if (skills.length > 10 || skills.some((s) => s.length > 20)) throw badUserInput('skills: at most 10, each up to 20 characters');
  const homeUnitId = parseId(input.homeUnitId, 'org unit');
  await ctx.access.requireWrite('volunteer:register', homeUnitId);
  const [home]: { level: string; closed_on: string | null }[] = await ctx.db.query(`SELECT level, closed_on FROM org.unit_tree WHERE id = $1`, [homeUnitId]);
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
