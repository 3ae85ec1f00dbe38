import { createHash } from 'node:crypto';
import type { FieldChange } from '@civic/subgraph-kit';

/** A long text as the audit log keeps it: its length and a hash, enough to tell versions apart without copying up to 100 KB per entry. */
function fingerprint(text: string | null): string | null {
  return text === null ? null : `${text.length} characters, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** For `AuditDetails.changes`: the long text fields whose values differ, each as fingerprints before and after. */
export function longTextChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const [from, to] = [before[field] as string | null, after[field] as string | null];
    if (from !== to) changes[field] = { from: fingerprint(from), to: fingerprint(to) };
  }
  return changes;
}
