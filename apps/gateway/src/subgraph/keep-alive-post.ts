import { STATUS_CODES } from 'node:http';
import type { Http1Connection } from './http1-connection';
import { abortError } from './http1-errors';
import { OriginPool } from './origin-pool';

/** Idle pooled connections close after this long at most: well inside the subgraphs' 65 s keep-alive (a shorter `Keep-Alive: timeout` from the server wins). */
const IDLE_SOCKET_MS = 30_000;
/** The default limit of a response's body. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** Header values go into the request as they are: a line break would end the header. */
const UNSAFE_HEADER = /[\r\n\0]/;

export interface KeepAlivePostOptions {
  /** A POST (response and body) that takes longer is aborted with an `AbortError`. */
  timeoutMs: number;
  /** Connections per subgraph origin (default 256); requests beyond wait for one. */
  maxSockets?: number;
  /** A response with a larger body is refused with code ERR_RESPONSE_TOO_LARGE as soon as that is known (default 32 MiB). */
  maxResponseBytes?: number;
}

export interface PostResponse {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/**
 * `retryUnanswered` (default true): whether a request that found its reused connection closed
 * before any byte of the response may be sent again. Only for requests that change nothing: the
 * server may have received one and then closed without answering.
 */
export type KeepAlivePost = (url: URL, body: string, headers: Record<string, string>, retryUnanswered?: boolean) => Promise<PostResponse>;

/**
 * How the gateway reaches its subgraphs: one POST over a pooled keep-alive HTTP/1.1 connection
 * (most recently used first), the whole body read inside the deadline. Apollo's default fetcher
 * (make-fetch-happen: retries, caching, proxy agents) cost the gateway about as much CPU per
 * operation as the subgraph it called, and Node's http.request still two to three times the CPU
 * per fetch of this (see Http1Connection). Connection errors keep Node's `code` (ECONNREFUSED,
 * ECONNRESET, …), a malformed response has llhttp's (HPE_…), one too large ERR_RESPONSE_TOO_LARGE,
 * a deadline is an `AbortError`. A read-only request on a reused connection that breaks before any
 * byte of the response came is sent once more on a new connection: the server (or a load balancer)
 * closed it while it was idle, as the request went out. The deadline covers both.
 */
export function keepAlivePost(options: KeepAlivePostOptions): KeepAlivePost {
  const pools = new Map<string, OriginPool>();
  const connections = { maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, maxIdleMs: IDLE_SOCKET_MS };
  const poolFor = (url: URL): OriginPool => {
    let pool = pools.get(url.origin);
    if (!pool) {
      pool = new OriginPool(url, options.maxSockets ?? 256, connections);
      pools.set(url.origin, pool);
    }
    return pool;
  };
  return (url, body, headers, retryUnanswered = true) => {
    const head = requestHead(url, body, headers);
    const pool = poolFor(url);
    return new Promise<PostResponse>((resolve, reject) => {
      let connection: Http1Connection | undefined;
      let retried = !retryUnanswered;
      const turn = (acquired: Http1Connection) => {
        connection = acquired;
        acquired.exchange(head, body).then(
          (response) => {
            clearTimeout(timer);
            pool.release(acquired);
            resolve({
              status: response.status,
              statusText: STATUS_CODES[response.status] ?? '',
              contentType: response.headers.get('content-type') ?? '',
              body: response.body,
            });
          },
          (err: Error) => {
            if (acquired.lostUnanswered && !retried) {
              retried = true;
              return pool.replace(turn);
            }
            clearTimeout(timer);
            pool.release(acquired);
            reject(err);
          },
        );
      };
      // The deadline counts from the call: a request still waiting for a connection is taken out of the queue.
      const timer = setTimeout(() => {
        const err = abortError(options.timeoutMs);
        if (connection) return connection.destroy(err);
        pool.cancel(turn);
        reject(err);
      }, options.timeoutMs);
      pool.acquire(turn);
    });
  };
}

function requestHead(url: URL, body: string, headers: Record<string, string>): string {
  let head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;
  for (const name in headers) {
    const value = headers[name];
    if (UNSAFE_HEADER.test(name) || UNSAFE_HEADER.test(value)) throw new TypeError(`invalid character in header ${JSON.stringify(name)}`);
    head += `${name}: ${value}\r\n`;
  }
  return head;
}
