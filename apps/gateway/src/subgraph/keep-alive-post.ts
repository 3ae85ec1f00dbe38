import { STATUS_CODES } from 'node:http';
import { Http1Connection } from './http1-connection';

/** Idle pooled connections close after this long: well inside the subgraphs' 65 s keep-alive, so the server never closes one just as it is reused. */
const IDLE_SOCKET_MS = 30_000;
/** How often idle connections are looked over. */
const SWEEP_MS = 5_000;
/** Header values go into the request as they are: a line break would end the header. */
const UNSAFE_HEADER = /[\r\n\0]/;

export interface KeepAlivePostOptions {
  /** A POST (response and body) that takes longer is aborted with an `AbortError`. */
  timeoutMs: number;
  /** Connections per subgraph origin (default 256); requests beyond wait for one. */
  maxSockets?: number;
}

export interface PostAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

export type KeepAlivePost = (url: URL, body: string, headers: Record<string, string>) => Promise<PostAnswer>;

/**
 * How the gateway reaches its subgraphs: one POST over a pooled keep-alive HTTP/1.1 connection
 * (most recently used first), the whole body read inside the deadline. Apollo's default fetcher
 * (make-fetch-happen: retries, caching, proxy agents) cost the gateway about as much CPU per
 * operation as the subgraph it called, and Node's http.request still two to three times the CPU
 * per fetch of this (see Http1Connection). Connection errors keep Node's `code` (ECONNREFUSED,
 * ECONNRESET, …), a deadline is an `AbortError`.
 */
export function keepAlivePost(options: KeepAlivePostOptions): KeepAlivePost {
  const pools = new Map<string, OriginPool>();
  const poolFor = (url: URL): OriginPool => {
    let pool = pools.get(url.origin);
    if (!pool) {
      pool = new OriginPool(url, options.maxSockets ?? 256);
      pools.set(url.origin, pool);
    }
    return pool;
  };
  return (url, body, headers) => {
    const head = requestHead(url, body, headers);
    const pool = poolFor(url);
    return new Promise<PostAnswer>((resolve, reject) => {
      let connection: Http1Connection | undefined;
      const turn = (acquired: Http1Connection) => {
        connection = acquired;
        acquired.exchange(head, body).then(
          (answer) => {
            clearTimeout(timer);
            pool.release(acquired);
            resolve({ status: answer.status, statusText: STATUS_CODES[answer.status] ?? '', contentType: answer.headers.get('content-type') ?? '', body: answer.body });
          },
          (err: Error) => {
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
    const value = headers[name]!;
    if (UNSAFE_HEADER.test(name) || UNSAFE_HEADER.test(value)) throw new TypeError(`invalid character in header ${JSON.stringify(name)}`);
    head += `${name}: ${value}\r\n`;
  }
  return head;
}

/** The connections to one subgraph: idle ones reused most recent first, at most `max` open, the rest of the requests waiting in turn. */
class OriginPool {
  private readonly idle: Http1Connection[] = [];
  private readonly waiting: ((connection: Http1Connection) => void)[] = [];
  private open = 0;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: URL,
    private readonly max: number,
  ) {}

  /** Hands `turn` a connection now, or when one is free. */
  acquire(turn: (connection: Http1Connection) => void): void {
    for (let connection = this.idle.pop(); connection; connection = this.idle.pop()) {
      if (connection.reusable) return turn(connection);
      this.open -= 1;
    }
    if (this.open < this.max) return turn(this.connect());
    this.waiting.push(turn);
  }

  /** Takes a request that still waits for a connection out of the queue. */
  cancel(turn: (connection: Http1Connection) => void): void {
    const at = this.waiting.indexOf(turn);
    if (at >= 0) this.waiting.splice(at, 1);
  }

  release(connection: Http1Connection): void {
    if (!connection.reusable) {
      this.open -= 1;
      const next = this.waiting.shift();
      if (next) next(this.connect());
      return;
    }
    const next = this.waiting.shift();
    if (next) return next(connection);
    connection.unref();
    this.idle.push(connection);
    this.sweeper ??= setInterval(() => this.closeIdle(), SWEEP_MS).unref();
  }

  private connect(): Http1Connection {
    this.open += 1;
    return new Http1Connection(this.url);
  }

  private closeIdle(): void {
    const before = Date.now() - IDLE_SOCKET_MS;
    for (let i = this.idle.length - 1; i >= 0; i -= 1) {
      const connection = this.idle[i]!;
      if (connection.reusable && connection.idleSince > before) continue;
      this.idle.splice(i, 1);
      this.open -= 1;
      connection.destroy(new Error('idle'));
    }
    if (this.idle.length === 0 && this.open === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }
}

function abortError(timeoutMs: number): Error {
  const err = new Error(`no complete answer within ${timeoutMs} ms`);
  err.name = 'AbortError';
  return err;
}
