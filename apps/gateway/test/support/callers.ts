import type { Role } from '@civic/kernel';
import { postGraphQL, type GraphQLResponse } from '@civic/kernel/testing';
import { signDevToken } from '../../src';

export interface Caller {
  role: Role;
  orgUnitCode?: string;
  volunteerId?: string;
  subject?: string;
}

/** Sends an operation to the gateway as a caller would: with a development token, or none for ANONYMOUS. */
export async function callAs<T = Record<string, any>>(
  gatewayUrl: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = {};
  if (caller.role !== 'ANONYMOUS') {
    const token = await signDevToken({ role: caller.role, orgUnitCode: caller.orgUnitCode, volunteerId: caller.volunteerId, subject: caller.subject });
    headers.authorization = `Bearer ${token}`;
  }
  return postGraphQL<T>(gatewayUrl, query, variables, headers);
}
