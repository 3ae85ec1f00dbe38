import { forbidden } from '@civic/runtime';
import { type AccessControl } from '@civic/subgraph-kit';

/**
 * Volunteer records are personal data: never for callers without a token, and a VOLUNTEER token
 * reads only its own. Staff roles read all, with the personal fields masked as the rules say.
 */
export function assertMayReadVolunteer(access: AccessControl, volunteerId: number): void {
  access.requireSignedIn('volunteer records');
  if (access.identity.role === 'VOLUNTEER' && !access.isVolunteer(volunteerId)) throw forbidden('a volunteer may read only its own record');
}

export function assertMayListVolunteers(access: AccessControl): void {
  access.requireSignedIn('volunteer records');
  if (access.identity.role === 'VOLUNTEER') throw forbidden('a volunteer may read only its own record');
}
