import net from 'node:net';
import tls from 'node:tls';
import { ResponseParser, type Http1Response } from './http1-response-parser';
import { connectionLost, isConnectionLoss } from './http1-errors';

export type { Http1Response } from './http1-response-parser';

export interface Http1ConnectionOptions {
  /** Responses with a larger body are refused and the connection closed. */
  maxResponseBytes: number;
  /** Idle for longer, the connection is not used again (the server's `Keep-Alive: timeout` may make it shorter). */
  maxIdleMs: number;
}

interface Pending {
  resolve(response: Http1Response): void;
  reject(err: Error): void;
}

/**
 * Taken off the server's `Keep-Alive: timeout`: a request must reach the server well before the
 * server's idle timer closes the connection under it.
 */
const KEEP_ALIVE_MARGIN_MS = 1000;

/**
 * One keep-alive HTTP/1.1 connection to a subgraph, one request at a time: the request written as
 * one string, the response read from the socket's own chunks, which costs the gateway a fraction of
 * the CPU Node's http.request spends per exchange (docs/performance.md compares the clients
 * measured). The response is parsed by ResponseParser,
 * strictly; a connection that breaks, responses out of turn or malformed, says `connection: close`,
 * speaks HTTP/1.0 or stayed idle past the server's keep-alive timeout is not used again.
 */
export class Http1Connection {
  private readonly socket: net.Socket;
  private readonly parser: ResponseParser;
  private pending: Pending | undefined;
  private broken = false;
  private exchanges = 0;
  private reuseUntil = Infinity;
  /** When it last finished an exchange. */
  idleSince = Date.now();
  /**
   * The last exchange failed as one sent on a connection the server had already closed fails:
   * the connection had carried an exchange before, and it broke before any byte of the response came.
   * Such a request can be sent again on a fresh connection.
   */
  lostUnanswered = false;

  constructor(
    url: URL,
    private readonly options: Http1ConnectionOptions,
  ) {
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    this.socket =
      url.protocol === 'https:' ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }) : net.connect({ host, port });
    this.parser = new ResponseParser(options.maxResponseBytes);
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.socket.on('error', (err) => this.fail(err));
    this.socket.on('end', () => this.ended());
    this.socket.on('close', () => this.fail(connectionLost()));
  }

  /** Whether it can carry another request. */
  get reusable(): boolean {
    return !this.broken && !this.pending && !this.socket.destroyed && Date.now() < this.reuseUntil;
  }

  /** Sends one request (`head` without its final blank line) and resolves with the whole response. */
  exchange(head: string, body: string): Promise<Http1Response> {
    if (!this.reusable) return Promise.reject(connectionLost());
    this.socket.ref();
    this.lostUnanswered = false;
    return new Promise<Http1Response>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(`${head}\r\n${body}`);
    });
  }

  /** Breaks the connection; a request in flight is rejected with `reason`. */
  destroy(reason: Error): void {
    this.fail(reason);
  }

  /** An idle connection does not keep the process alive. */
  unref(): void {
    this.socket.unref();
  }

  private receive(chunk: Buffer): void {
    if (!this.pending) return this.fail(new Error('the subgraph answered when no request was waiting'));
    let response: Http1Response | undefined;
    try {
      response = this.parser.push(chunk);
    } catch (err) {
      return this.fail(err as Error);
    }
    if (response) this.complete(response, false);
  }

  /** The server closed its side: a body delimited by the connection ends here, anything else was cut short. */
  private ended(): void {
    if (!this.pending) return this.fail(connectionLost());
    let response: Http1Response;
    try {
      response = this.parser.end();
    } catch (err) {
      return this.fail(err as Error);
    }
    this.complete(response, true);
  }

  /** `closed`: the server has closed its side. */
  private complete(response: Http1Response, closed: boolean): void {
    const pending = this.pending!;
    this.pending = undefined;
    this.exchanges += 1;
    this.idleSince = Date.now();
    const keepAliveMs = this.parser.keepAliveMs ?? Infinity;
    const reusableFor = Math.min(this.options.maxIdleMs, keepAliveMs - KEEP_ALIVE_MARGIN_MS);
    const persistent = !closed && this.parser.persistent && reusableFor > 0;
    this.parser.reset();
    if (persistent) this.reuseUntil = this.idleSince + reusableFor;
    else this.fail(connectionLost());
    pending.resolve(response);
  }

  private fail(err: Error): void {
    this.broken = true;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.lostUnanswered = this.exchanges > 0 && this.parser.received === 0 && isConnectionLoss(err);
    this.parser.reset();
    if (!this.socket.destroyed) this.socket.destroy();
    pending?.reject(err);
  }
}
