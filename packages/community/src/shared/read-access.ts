import { forbidden } from '@civic/runtime';
import type { AccessControl } from '@civic/subgraph-kit';

/**
 * Grid records are residents' data: staff roles read them (personal fields masked unless the
 * caller may see the unit's personal data); callers without a token and volunteers read none.
 */
export function assertMayReadGridWork(access: AccessControl): void {
  access.requireSignedIn('grid work records');
  if (access.identity.role === 'VOLUNTEER') throw forbidden('grid work records are for staff roles only');
}
