export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs an operation over real HTTP, the way a frontend would. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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
