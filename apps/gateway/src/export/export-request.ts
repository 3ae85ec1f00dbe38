import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBody } from '@civic/runtime';
import { isPlainObject } from './plain-object';

/** What `POST /export.csv` and `POST /export.xlsx` take: the body of a GraphQL POST. */
export interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A request the export refuses before running anything; `status` is the HTTP status. */
export class ExportRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and checks the JSON body, no larger than the gateway's body limit. */
export async function readExportRequest(req: IncomingMessage, maxBytes: number): Promise<ExportRequest> {
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) {
    req.resume();
    throw new ExportRequestError(
      415,
      'send the export as JSON: content-type application/json, body { "query", "variables", "operationName" }',
    );
  }
  const text = await readBody(req, maxBytes).catch((err: unknown) => {
    throw err instanceof BodyTooLargeError ? new ExportRequestError(413, err.message) : err;
  });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ExportRequestError(400, 'request body is not valid JSON');
  }
  if (!isPlainObject(body) || typeof body.query !== 'string' || body.query.trim() === '') {
    throw new ExportRequestError(400, 'body.query must be a GraphQL query document');
  }
  if (body.variables !== undefined && body.variables !== null && !isPlainObject(body.variables)) {
    throw new ExportRequestError(400, 'body.variables must be an object');
  }
  if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') {
    throw new ExportRequestError(400, 'body.operationName must be a string');
  }
  return {
    query: body.query,
    variables: body.variables ?? {},
    operationName: body.operationName ?? undefined,
  };
}
