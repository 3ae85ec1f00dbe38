import type { AccessControl } from '@civic/subgraph-kit';
import type { VolunteerStub } from './volunteer.stub';

/**
 * Which volunteer references a caller gets: who served is personal data. Callers without a token
 * get none, a VOLUNTEER token only itself, staff roles all. Handing out references the volunteers
 * subgraph would refuse would null the whole event or group instead.
 */
export function visibleVolunteers(access: AccessControl, volunteerIds: readonly number[]): VolunteerStub[] {
  if (!access.isSignedIn) return [];
  const visible = access.identity.role === 'VOLUNTEER' ? volunteerIds.filter((id) => access.isVolunteer(id)) : volunteerIds;
  return visible.map((id) => ({ id: String(id) }));
}
