import type { Identity } from '@civic/runtime';

/** The demo's county center (Huidong) and a center of another tree altogether (Tongchuan). */
export const HUIDONG_CENTER = '513426-ZX';
export const TONGCHUAN_CENTER = '610200-ZX';

/** Callers of a subgraph test, as the gateway would forward them. */
export const TEST_IDENTITIES = {
  ADMIN: { subject: 'admin-1', role: 'ADMIN' },
  ANALYST: { subject: 'analyst-1', role: 'ANALYST' },
  ANONYMOUS: { subject: 'anonymous', role: 'ANONYMOUS' },
  VOLUNTEER: { subject: 'v-1', role: 'VOLUNTEER', volunteerId: '1' },
} as const satisfies Record<string, Identity>;

/** A staff member of a scoped role at the unit with `orgUnitCode`; `who` tells two of the same unit apart. */
export function scopedIdentity(role: Identity['role'], orgUnitCode: string, who = 'a'): Identity {
  return { subject: `${role.toLowerCase()}-${orgUnitCode}-${who}`, role, orgUnitCode };
}
