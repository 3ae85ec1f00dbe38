import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Idle pooled sockets close after this long: well inside the subgraphs' 65 s keep-alive, so the server never closes one just as it is reused. */
const IDLE_SOCKET_MS = 30_000;

export interface KeepAliveFetcherOptions {
  /** A fetch (response and body) that takes longer is aborted with an `AbortError`. */
  timeoutMs: number;
  /** Sockets per subgraph origin (default 256). */
  maxSockets?: number;
}

/**
 * The subgraph fetcher: one POST over a pooled keep-alive socket, body read inside the deadline.
 * Apollo's default (make-fetch-happen: retries, caching, proxy agents) cost the gateway about as much
 * CPU per operation as the subgraph it called; the gateway needs none of that for its own subgraphs.
 * Connection errors keep Node's `code` (ECONNREFUSED, ECONNRESET, …), a deadline is an `AbortError`.
 */
export function keepAliveFetcher(options: KeepAliveFetcherOptions): Fetcher {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  return (url, init) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const headers = { ...(init?.headers as Record<string, string> | undefined) };
      const body = init?.body;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const request = (secure ? https : http).request(target, { method: init?.method ?? 'GET', headers, agent: agents[secure ? 'https:' : 'http:'] });
      const timer = setTimeout(() => request.destroy(abortError(options.timeoutMs)), options.timeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };
      request.on('error', fail);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('aborted', () => fail(Object.assign(new Error('the subgraph closed the connection mid-response'), { code: 'ECONNRESET' })));
        response.on('end', () => {
          clearTimeout(timer);
          resolve(bufferedResponse(url, response, Buffer.concat(chunks).toString('utf8')));
        });
      });
      request.end(body);
    });
}

function abortError(timeoutMs: number): Error {
  const err = new Error(`no complete answer within ${timeoutMs} ms`);
  err.name = 'AbortError';
  return err;
}

function bufferedResponse(url: string, response: http.IncomingMessage, body: string): FetcherResponse {
  const status = response.statusCode ?? 0;
  return {
    bodyUsed: false,
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: response.statusMessage ?? '',
    headers: responseHeaders(response.headers),
    text: async () => body,
    json: async () => JSON.parse(body),
    arrayBuffer: async () => new TextEncoder().encode(body).buffer as ArrayBuffer,
    clone: () => bufferedResponse(url, response, body),
  };
}

/** Node's lower-cased header object as fetch's Headers. */
function responseHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
