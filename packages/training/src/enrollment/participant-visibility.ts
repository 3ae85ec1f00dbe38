import type { AccessControl, Connection } from '@civic/subgraph-kit';

/**
 * Participants' names (and their feedback) are personal data. Lists of them are for staff: any
 * signed-in role but VOLUNTEER (a volunteer sees its own enrollments through Volunteer.enrollments).
 * Everyone else gets the count without the people: an empty page whose totalCount is the real one,
 * so public figures stay public and nothing else in the response is nulled.
 */
export function mayListParticipants(access: AccessControl): boolean {
  return access.isSignedIn && access.identity.role !== 'VOLUNTEER';
}

export function countOnlyPage<T>(totalCount: number): Connection<T> {
  return { edges: [], totalCount, pageInfo: { hasNextPage: false, endCursor: null } };
}
