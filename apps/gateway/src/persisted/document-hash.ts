import { createHash } from 'node:crypto';

/** The hash APQ and trusted documents use: sha256 of the exact query text, hex. */
export function documentHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}
