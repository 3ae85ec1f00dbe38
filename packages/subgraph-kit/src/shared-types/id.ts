import { badUserInput } from '@civic/runtime';

const MAX_ID = 2_147_483_647;

/** Ids are positive integers exposed as GraphQL `ID` strings; anything else is the caller's mistake. */
export function parseId(value: string | number, what: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw badUserInput(`"${value}" is not a valid ${what} id`);
  return id;
}

/** For lookups: an id that cannot exist simply finds nothing. */
export function tryParseId(value: string | number): number | null {
  try {
    return parseId(value, 'any');
  } catch {
    return null;
  }
}
