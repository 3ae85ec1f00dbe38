import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type Identity, IDENTITY_HEADER, signIdentity } from '@civic/runtime';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * An operation that carries its result and variables types, as GraphQL Code Generator's `graphql(...)`
 * returns it with `documentMode: 'string'`: a TypedDocumentString, a String object sent as its text.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The variables of a typed document as a rest parameter: optional when the operation requires none. */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * The text to send. The generated `graphql(...)` returns an empty object for an operation it was not
 * generated from; that fails here, by name, rather than at the server as a syntax error.
 */
export function operationText(query: string | TypedDocument<unknown, unknown>): string {
  if (typeof query === 'string' || query instanceof String) return String(query);
  throw new Error('not a generated document: run `npm run codegen` after adding or changing a graphql(...) operation');
}

/** The identity tests act as when they call a subgraph directly, standing in for the gateway. */
export const TEST_IDENTITY: Identity = { subject: 'test-admin', role: 'ADMIN' };

/**
 * POSTs an operation over real HTTP, the way a frontend would. Unless the headers say otherwise,
 * it carries the gateway's signed identity for TEST_IDENTITY (subgraphs refuse requests without
 * one; gateways ignore it). Pass `{ 'x-civic-identity': '' }` to send none.
 *
 * A typed document checks the variables and types the data; a plain string (for operations that are
 * broken on purpose, or not generated) types the data as the caller says.
 */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<TData>>;
export async function postGraphQL<TResult, TVariables>(
  url: string,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<TResult>>;
export async function postGraphQL(
  url: string,
  query: string | TypedDocument<unknown, unknown>,
  variables: unknown = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: withoutEmpty({ 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(TEST_IDENTITY), ...headers }),
    body: JSON.stringify({ query: operationText(query), variables }),
  });
  return readGraphQLResponse(res);
}

/** A GraphQL response over HTTP: status, headers and the JSON body's data and errors; a body that is not JSON fails with its start. */
export async function readGraphQLResponse(res: Response): Promise<GraphQLResponse<unknown>> {
  const text = await res.text();
  let body: { data?: unknown; errors?: GraphQLResponse['errors'] };
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
