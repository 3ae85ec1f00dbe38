import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from '../observability/logger';
import { requestIdOf } from '../observability/request-id';
import { withRequestIdOnErrors } from './request-id-on-errors';

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The request's context; `body` is its parsed JSON body (one operation or a batch), absent for GET. */
  context: (req: IncomingMessage, requestId: string, body?: unknown) => Promise<TContext>;
  /** Extra routes by "METHOD /path", e.g. "GET /health". */
  routes?: Record<string, Route>;
  /** Routes for every path below a prefix, by "METHOD /prefix", e.g. "GET /console" (a web app's files and its client-side routes). */
  prefixRoutes?: Record<string, Route>;
  maxBodyBytes?: number;
  /** Operations allowed in one batched request (a JSON array body); Apollo itself has no maximum. */
  maxBatchSize?: number;
  /** Where unexpected failures are logged (with the request id); without one, a JSON line on stderr. */
  logger?: Logger;
  /** Put the request id in the extensions of every error answered from /graphql (the gateway's errors; parse, CSRF and token refusals included). */
  requestIdOnErrors?: boolean;
}

export class BodyTooLargeError extends Error {}

/** Serves Apollo Server over plain node:http: `/graphql`, plus the given routes, nothing else. */
export function createHttpHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    try {
      const route = options.routes?.[`${req.method} ${url.pathname}`] ?? prefixRoute(options.prefixRoutes, `${req.method} ${url.pathname}`);
      if (route) return await route(req, res);
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      const body = await readBody(req, maxBody);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const parsed = parseBody(body, headers);
      if (Array.isArray(parsed) && options.maxBatchSize !== undefined && parsed.length > options.maxBatchSize) {
        const message = `batch of ${parsed.length} operations exceeds the limit of ${options.maxBatchSize}`;
        return sendJson(res, 400, { errors: [{ message, extensions: { code: 'BAD_REQUEST', requestId } }] });
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: () =>
          options.context(req, requestId, parsed).catch((err: unknown) => Promise.reject(contextFailure(err, requestId, options.logger))),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        const body = options.requestIdOnErrors ? withRequestIdOnErrors(response.body.string, requestId) : response.body.string;
        // Encoded once: given a string, Node measures its UTF-8 length for Content-Length and then encodes it
        // again to write it (a county's ranking, ~200 KB of Chinese text, spent 2 ms of 31 measuring).
        res.end(Buffer.from(body, 'utf8'));
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        return sendJson(res, 413, { errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST', requestId } }] });
      }
      if (err instanceof SyntaxError) {
        return sendJson(res, 400, {
          errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST', requestId } }],
        });
      }
      if (options.logger) options.logger.error({ requestId, err }, 'http handler failed');
      else console.error(JSON.stringify({ level: 'error', requestId, msg: 'http handler failed', err: String(err) }));
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.end();
    }
  };
}

function prefixRoute(routes: Record<string, Route> | undefined, request: string): Route | undefined {
  if (!routes) return undefined;
  for (const [prefix, route] of Object.entries(routes)) {
    if (request === prefix || request.startsWith(`${prefix}/`)) return route;
  }
  return undefined;
}

/** An unexpected error while the request's context was made never reaches a plugin: it is logged here, with the request id. */
function contextFailure(err: unknown, requestId: string, logger: Logger | undefined): unknown {
  if (err instanceof GraphQLError) return err;
  if (logger) logger.error({ requestId, err }, 'creating the request context failed');
  else console.error(JSON.stringify({ level: 'error', requestId, msg: 'creating the request context failed', err: String(err) }));
  return err;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function parseBody(raw: string, headers: HeaderMap): unknown {
  if (raw === '') return undefined;
  const type = headers.get('content-type') ?? '';
  return type.includes('application/json') || type.includes('application/graphql-response+json') ? JSON.parse(raw) : raw;
}

/** The request body as text, or BodyTooLargeError as soon as it passes `maxBytes` (declared or streamed). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      req.resume();
      reject(new BodyTooLargeError(`request body over ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError(`request body over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
