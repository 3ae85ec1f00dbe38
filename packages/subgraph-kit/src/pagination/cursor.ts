import { badUserInput } from '@civic/runtime';

export type CursorValues = (string | number | null)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expectedLength) return values as CursorValues;
  } catch {
    // fall through to the client error
  }
  throw badUserInput(`"${cursor}" is not a cursor this list gave out`, { argument: 'after' });
}
