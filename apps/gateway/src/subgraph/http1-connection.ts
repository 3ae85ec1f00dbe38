import net from 'node:net';
import tls from 'node:tls';

/** A complete HTTP/1.1 answer. */
export interface Http1Answer {
  status: number;
  /** Response header values by lower-case name (the last one when repeated). */
  headers: Map<string, string>;
  body: string;
}

interface Pending {
  resolve(answer: Http1Answer): void;
  reject(err: Error): void;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

/**
 * One keep-alive HTTP/1.1 connection to a subgraph, one request at a time. A POST there and back
 * through Node's http.request costs the gateway 50–90 µs of CPU (ClientRequest, agent bookkeeping,
 * several events and a parser per exchange); written as one string and read from the socket's own
 * chunks it costs a third of that, on every subgraph fetch. It reads what a subgraph (or any HTTP/1.1
 * server) answers: a Content-Length body, a chunked body, or a body that ends with the connection.
 * A connection that breaks, answers out of turn or says `connection: close` is not used again.
 */
export class Http1Connection {
  private readonly socket: net.Socket;
  private pending: Pending | undefined;
  /** The answer's bytes so far, joined only once enough have come to finish it (a large answer arrives in many chunks). */
  private received: Buffer[] = [];
  private receivedBytes = 0;
  private neededBytes = 0;
  private broken = false;
  /** When it last finished an exchange (for closing idle connections). */
  idleSince = Date.now();

  constructor(url: URL) {
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    this.socket = url.protocol === 'https:' ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }) : net.connect({ host, port });
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.socket.on('error', (err) => this.fail(err));
    this.socket.on('end', () => this.ended());
    this.socket.on('close', () => this.fail(connectionLost()));
  }

  /** Whether it can carry another request. */
  get reusable(): boolean {
    return !this.broken && !this.pending && !this.socket.destroyed;
  }

  /** Sends one request (`head` without its final blank line) and resolves with the whole answer. */
  exchange(head: string, body: string): Promise<Http1Answer> {
    if (!this.reusable) return Promise.reject(connectionLost());
    this.socket.ref();
    return new Promise<Http1Answer>((resolve, reject) => {
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
    this.received.push(chunk);
    this.receivedBytes += chunk.length;
    if (this.receivedBytes < this.neededBytes) return;
    this.parse(false);
  }

  /** Completes the exchange when the bytes received hold the whole answer, else notes how many it needs. */
  private parse(closed: boolean): boolean {
    const data = this.received.length === 1 ? this.received[0]! : Buffer.concat(this.received);
    this.received = [data];
    let parsed: Http1Answer | number;
    try {
      parsed = parseAnswer(data, closed);
    } catch (err) {
      this.fail(err as Error);
      return true;
    }
    if (typeof parsed === 'number') {
      this.neededBytes = parsed;
      return false;
    }
    this.complete(parsed, closed);
    return true;
  }

  /** The server closed its side: a body delimited by the connection ends here. */
  private ended(): void {
    if (!this.pending || this.receivedBytes === 0 || !this.parse(true)) this.fail(connectionLost());
  }

  /** `closed`: the server has closed its side, so the connection is not used again. */
  private complete(answer: Http1Answer, closed: boolean): void {
    const pending = this.pending!;
    this.pending = undefined;
    this.forget();
    this.idleSince = Date.now();
    if (closed || answer.headers.get('connection')?.toLowerCase() === 'close') this.fail(connectionLost());
    pending.resolve(answer);
  }

  private forget(): void {
    this.received = [];
    this.receivedBytes = 0;
    this.neededBytes = 0;
  }

  private fail(err: Error): void {
    this.broken = true;
    const pending = this.pending;
    this.pending = undefined;
    this.forget();
    if (!this.socket.destroyed) this.socket.destroy();
    pending?.reject(err);
  }
}

/**
 * The answer in `data` once it is complete, else how many bytes `data` must reach before it can be
 * (at least one more when that is not known). `closed`: the server has closed the connection,
 * which ends a body that has neither a length nor chunks.
 */
function parseAnswer(data: Buffer, closed: boolean): Http1Answer | number {
  const more = data.length + 1;
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return more;
  const lines = data.toString('latin1', 0, headEnd).split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
  if (!status) throw new Error(`not an HTTP/1.1 answer: ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
  const headers = new Map<string, string>();
  for (let i = 1; i < lines.length; i += 1) {
    const colon = lines[i]!.indexOf(':');
    if (colon > 0) headers.set(lines[i]!.slice(0, colon).trim().toLowerCase(), lines[i]!.slice(colon + 1).trim());
  }
  const code = Number(status[1]);
  if (code >= 100 && code < 200) {
    const rest = parseAnswer(data.subarray(headEnd + 4), closed);
    return typeof rest === 'number' ? rest + headEnd + 4 : rest;
  }
  const bodyStart = headEnd + 4;
  if (headers.get('transfer-encoding')?.toLowerCase().includes('chunked')) {
    const body = dechunk(data, bodyStart);
    return typeof body === 'number' ? body : { status: code, headers, body };
  }
  const length = headers.get('content-length');
  if (length !== undefined) {
    const bytes = Number(length);
    if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`invalid content-length ${JSON.stringify(length)}`);
    if (data.length < bodyStart + bytes) return bodyStart + bytes;
    return { status: code, headers, body: data.toString('utf8', bodyStart, bodyStart + bytes) };
  }
  if (code === 204 || code === 304) return { status: code, headers, body: '' };
  return closed ? { status: code, headers, body: data.toString('utf8', bodyStart) } : more;
}

/** A chunked body from `start`, or the bytes `data` must reach while its last chunk has not arrived. */
function dechunk(data: Buffer, start: number): string | number {
  const more = data.length + 1;
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = data.indexOf(CRLF, at);
    if (lineEnd < 0) return more;
    const size = parseInt(data.toString('latin1', at, lineEnd).split(';')[0]!.trim(), 16);
    if (!Number.isSafeInteger(size) || size < 0) throw new Error('invalid chunk size');
    at = lineEnd + 2;
    if (size === 0) {
      // The last chunk, then trailer lines (usually none) and a blank line.
      const ended = data.indexOf(CRLF, at) === at || data.indexOf(HEAD_END, at) >= 0;
      return ended ? Buffer.concat(parts).toString('utf8') : more;
    }
    if (data.length < at + size + 2) return at + size + 2;
    parts.push(data.subarray(at, at + size));
    at += size + 2;
  }
}

function connectionLost(): Error {
  return Object.assign(new Error('the subgraph closed the connection mid-response'), { code: 'ECONNRESET' });
}
