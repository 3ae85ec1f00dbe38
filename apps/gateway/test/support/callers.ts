import type { Role } from '@civic/runtime';
import { operationText, readGraphQLResponse, type GraphQLResponse, type TypedDocument, type VariablesArgument } from '@civic/testing';
import { signDevToken } from '../../src';

export interface Caller {
  role: Role;
  orgUnitCode?: string;
  volunteerId?: string;
  subject?: string;
}

/**
 * Sends an operation to the gateway as a caller would: with a development token, or none for ANONYMOUS.
 * A typed document (`graphql(...)` from test/generated) checks the variables and types the data; a plain
 * string is for operations sent as they are (broken on purpose, or picked by operationName).
 */
export async function callAs<T = Record<string, any>>(
  gatewayUrl: string,
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<GraphQLResponse<T>>;
export async function callAs<TResult, TVariables>(
  gatewayUrl: string,
  caller: Caller,
  document: TypedDocument<TResult, TVariables>,
  ...variables: VariablesArgument<TVariables>
): Promise<GraphQLResponse<TResult>>;
export async function callAs(
  gatewayUrl: string,
  caller: Caller,
  query: string | TypedDocument<unknown, unknown>,
  variables: unknown = {},
  operationName?: string,
): Promise<GraphQLResponse<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.role !== 'ANONYMOUS') {
    const token = await signDevToken({
      role: caller.role,
      orgUnitCode: caller.orgUnitCode,
      volunteerId: caller.volunteerId,
      subject: caller.subject,
    });
    headers.authorization = `Bearer ${token}`;
  }
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: operationText(query), variables, operationName }),
  });
  return readGraphQLResponse(res);
}
