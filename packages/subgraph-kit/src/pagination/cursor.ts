import { badUserInput } from '@civic/runtime';

export type CursorValues = (string | number | null)[];

/** A cursor: the order it belongs to and the sort values of the row it points after. */
export function encodeCursor(values: CursorValues, orderName = ''): string {
  return Buffer.from(JSON.stringify([orderName, ...values]), 'utf8').toString('base64url');
}

/** The sort values of a cursor given out under the same order; anything else is the caller's mistake. */
export function decodeCursor(cursor: string, expectedLength: number, orderName = ''): CursorValues {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // fall through to the client error
  }
  if (Array.isArray(decoded) && decoded.length === expectedLength + 1) {
    if (decoded[0] === orderName) return decoded.slice(1) as CursorValues;
    throw badUserInput(`"${cursor}" was given out for another order: keep the same orderBy while paging`, { argument: 'after' });
  }
  throw badUserInput(`"${cursor}" is not a cursor this list gave out`, { argument: 'after' });
}
