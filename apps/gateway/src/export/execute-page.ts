import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** One page of an export as /graphql answered it. */
export interface PageResponse {
  status: number;
  headers: HeaderMap;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export type ExecutePage = (variables: Record<string, unknown>) => Promise<PageResponse>;

/** A page whose answer is not data to export: handed back to the caller as /graphql gave it. */
export class ExportPageFailed extends Error {
  constructor(readonly page: PageResponse) {
    super('an export page failed');
  }
}

/** The page's data, or ExportPageFailed when it has errors or none. */
export function pageData(page: PageResponse): Record<string, unknown> {
  if (page.status >= 400 || (page.body.errors?.length ?? 0) > 0 || !page.body.data) throw new ExportPageFailed(page);
  return page.body.data;
}

/**
 * Runs the export's query through the same Apollo Server as /graphql, as a POST carrying the
 * caller's own headers: the same token check, rate limit, document limits, introspection policy,
 * plugins and masking. Each page is one request to the gateway, and is counted as one.
 */
export function pageExecutor<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>,
  req: IncomingMessage,
  requestId: string,
  request: { query: string; operationName?: string },
): ExecutePage {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || key === 'content-length' || key === 'accept') continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  return async (variables) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: '',
        body: { query: request.query, variables, ...(request.operationName ? { operationName: request.operationName } : {}) },
      },
      context: () => context(req, requestId),
    });
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    return { status: response.status ?? 200, headers: response.headers, body: JSON.parse(text) as PageResponse['body'] };
  };
}
