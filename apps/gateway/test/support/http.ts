import type { GraphQLResponse, TypedDocument } from '@civic/testing';

/** A raw HTTP exchange with a gateway, for bodies and headers postGraphQL cannot send. */
export interface RawResponse<TJson = any> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  json: TJson;
}

/** A request body around a typed document: its variables are checked, required when the operation has any. */
export type TypedRequestBody<TResult, TVariables> = {
  query: TypedDocument<TResult, TVariables>;
  operationName?: string;
  extensions?: Record<string, unknown>;
} & (Record<string, never> extends TVariables ? { variables?: TVariables } : { variables: TVariables });

/** Any other body (a plain-string query, a batch, a malformed request); a typed query never passes as one. */
export type PlainRequestBody = { query?: string; [field: string]: unknown } | unknown[];

export type ResponseBody<TResult> = Pick<GraphQLResponse<TResult>, 'data' | 'errors'>;

export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function postJson<TResult, TVariables>(
  url: string,
  body: TypedRequestBody<TResult, TVariables>,
  headers?: Record<string, string>,
): Promise<RawResponse<ResponseBody<TResult> | undefined>>;
export function postJson(url: string, body: PlainRequestBody, headers?: Record<string, string>): Promise<RawResponse>;
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
