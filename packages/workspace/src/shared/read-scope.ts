import { SCOPED_ROLES, unauthenticated, type Identity } from '@civic/runtime';

/**
 * Which saved records a caller reads: every one (ADMIN, ANALYST), none (VOLUNTEER), or those whose
 * owner unit's subtree holds the caller's own unit (ORG_ADMIN, OPERATOR, PROPAGANDA: `unitCode`).
 */
export type ReadScope = { kind: 'all' } | { kind: 'none' } | { kind: 'withinOwnerSubtree'; unitCode: string };

const UNSCOPED_READERS: ReadonlySet<Identity['role']> = new Set(['ADMIN', 'ANALYST']);

/** The caller's read scope; a caller without a token is refused (saved records are staff work). */
export function readScopeOf(identity: Identity, what: string): ReadScope {
  if (identity.role === 'ANONYMOUS') throw unauthenticated(`sign in to read ${what}`);
  if (UNSCOPED_READERS.has(identity.role)) return { kind: 'all' };
  if (SCOPED_ROLES.has(identity.role)) return { kind: 'withinOwnerSubtree', unitCode: identity.orgUnitCode ?? '' };
  return { kind: 'none' };
}

/** Whether the caller's records belong to no org unit: only roles without a unit of their own save such records. */
export function isScoped(identity: Identity): boolean {
  return SCOPED_ROLES.has(identity.role);
}
