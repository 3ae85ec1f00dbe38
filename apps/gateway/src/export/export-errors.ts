import type { ServerResponse } from 'node:http';
import { withRequestIdOnErrors } from '@civic/runtime';
import type { PageResponse } from './execute-page';

/** A refused or failed page goes back as /graphql gave it (401, 403, 429 with retry-after, …). */
export function sendFailedPage(res: ServerResponse, page: PageResponse, requestId: string): void {
  for (const [key, value] of page.headers) if (key !== 'content-length') res.setHeader(key, value);
  const errors = page.body.errors ?? [{ message: 'the query returned no data to export' }];
  sendErrors(res, page.status >= 400 ? page.status : statusOfCode(errors[0]?.extensions?.code), errors, requestId);
}

export function sendErrors(res: ServerResponse, status: number, errors: unknown[], requestId: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(withRequestIdOnErrors(JSON.stringify({ errors }), requestId));
}

function statusOfCode(code: unknown): number {
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  if (code === 'SUBGRAPH_UNAVAILABLE' || code === 'SUBGRAPH_TIMEOUT' || code === 'SUBGRAPH_RESPONSE_TOO_LARGE') return 502;
  return 400;
}
