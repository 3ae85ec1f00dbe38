import { badUserInput } from '@civic/runtime';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return CHECK_CHARS[sum % 11];
}

/**
 * An 18-character resident ID number (居民身份证号码, GB 11643), normalised (trimmed, upper-case X),
 * or BAD_USER_INPUT saying what is wrong. The message never repeats the number.
 */
export function parseResidentId(input: string): string {
  const id = input.trim().toUpperCase();
  if (/^\d{15}$/.test(id))
    throw badUserInput('idNumber: 15-digit first-generation ID numbers are no longer valid; give the 18-digit number');
  if (!/^\d{17}[\dX]$/.test(id)) throw badUserInput('idNumber must be 18 characters: 17 digits and a check digit or X');
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth || date > new Date()) {
    throw badUserInput('idNumber does not contain a valid date of birth');
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) throw badUserInput('idNumber check digit is wrong (GB 11643)');
  return id;
}

/** What a valid resident ID number says about its holder: birth date (YYYY-MM-DD) and gender (17th digit: odd male, even female). */
export function residentIdFacts(id: string): { birthDate: string; gender: 'MALE' | 'FEMALE' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}
