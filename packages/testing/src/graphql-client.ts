import { type Identity, IDENTITY_HEADER, signIdentity } from '@civic/runtime';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The identity tests act as when they call a subgraph directly, standing in for the gateway. */
export const TEST_IDENTITY: Identity = { subject: 'test-admin', role: 'ADMIN' };

/**
 * POSTs an operation over real HTTP, the way a frontend would. Unless the headers say otherwise,
 * it carries the gateway's signed identity for TEST_IDENTITY (subgraphs refuse requests without
 * one; gateways ignore it). Pass `{ 'x-civic-identity': '' }` to send none.
 */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: withoutEmpty({ 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(TEST_IDENTITY), ...headers }),
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: TData; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`non-JSON response (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
}

function withoutEmpty(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
}
