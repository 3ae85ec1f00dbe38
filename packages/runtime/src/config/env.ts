/** Reads an integer environment variable, failing loudly on garbage instead of silently defaulting. */
export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** Reads a yes/no environment variable, or undefined when unset; anything but 1/true/yes/on or 0/false/no/off fails loudly. */
export function optionalBoolFromEnv(name: string): boolean | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

export function boolFromEnv(name: string, fallback: boolean): boolean {
  return optionalBoolFromEnv(name) ?? fallback;
}
