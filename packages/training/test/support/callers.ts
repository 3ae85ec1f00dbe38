import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { postGraphQL, type GraphQLResponse } from '@civic/testing';

/** Calls a subgraph as the gateway would for `identity` (an ADMIN unless told otherwise). */
export function callAs<T = Record<string, any>>(
  url: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(url, query, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
}

export const ADMIN: Identity = { subject: 'trainer', role: 'ADMIN' };
export const ANONYMOUS: Identity = { subject: 'anonymous', role: 'ANONYMOUS' };
export const ANALYST: Identity = { subject: 'analyst', role: 'ANALYST' };
export const volunteer = (id: string | number): Identity => ({ subject: `v-${id}`, role: 'VOLUNTEER', volunteerId: String(id) });
export const scoped = (role: Identity['role'], orgUnitCode: string): Identity => ({
  subject: `${role.toLowerCase()}-${orgUnitCode}`,
  role,
  orgUnitCode,
});
