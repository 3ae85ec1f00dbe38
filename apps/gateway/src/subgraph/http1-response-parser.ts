import { BodyParts } from './body-parts';
import { ChunkedDecoder } from './chunked-decoder';
import { connectionLost, protocolError } from './http1-errors';
import { parseHead, type Http1Head } from './http1-head';

/** A complete HTTP/1.1 response. */
export interface Http1Response {
  status: number;
  /** Response header values by lower-case name (the last one when repeated). */
  headers: Map<string, string>;
  body: string;
}

/** Status line and header lines of one response (interim 1xx heads and trailers included); more is refused. */
const MAX_HEAD_BYTES = 64 * 1024;

const HEAD_END = Buffer.from('\r\n\r\n');
const HTTP_SLASH = 'HTTP/';

// Where the parser stands in the response.
const HEAD = 0;
const LENGTH = 1;
const CHUNKED = 2;
const UNTIL_CLOSE = 3;
const DONE = 4;

/**
 * Reads one response at a time from a connection's chunks as they arrive, each byte once: the head
 * (after any interim 1xx responses), then a Content-Length, chunked or connection-delimited body.
 * A body larger than `maxBodyBytes` is refused as soon as that is known (a Content-Length at once,
 * a chunk at its size line), so no more than the limit is ever held.
 */
export class ResponseParser {
  /** Bytes of the current response received so far. */
  received = 0;
  /** Bytes followed the complete response: the server answered what nobody asked. */
  trailing = false;
  private phase = HEAD;
  private head: Http1Head | undefined;
  private headBytes = 0;
  /** A head split across chunks, until its end arrives. */
  private headParts: Buffer[] = [];
  /** The first bytes of a head split across chunks, until they show whether it starts like one. */
  private headStart = '';
  private remaining = 0;
  private readonly body: BodyParts;
  /** The body, when it came in one piece. */
  private text: string | undefined;
  private readonly chunked = new ChunkedDecoder();

  constructor(maxBodyBytes: number) {
    this.body = new BodyParts(maxBodyBytes);
  }

  /** Whether the connection may carry another exchange after the response: HTTP/1.1, not `connection: close`, a body with an end. */
  get persistent(): boolean {
    const head = this.head;
    return (
      head !== undefined &&
      head.minor === 1 &&
      !head.close &&
      this.phase === DONE &&
      !this.trailing &&
      (head.chunked || head.contentLength !== undefined || !hasBody(head))
    );
  }

  /** The server's `Keep-Alive: timeout`, if the response said. */
  get keepAliveMs(): number | undefined {
    return this.head?.keepAliveMs;
  }

  /** Reads a chunk of the response; returns the response once it is complete. Throws on a malformed or oversized response. */
  push(chunk: Buffer): Http1Response | undefined {
    this.received += chunk.length;
    let at = 0;
    while (this.phase !== DONE) {
      if (at >= chunk.length) return undefined;
      if (this.phase === HEAD) at = this.readHead(chunk, at);
      else if (this.phase === LENGTH) at = this.readLength(chunk, at);
      else if (this.phase === CHUNKED) {
        at = this.chunked.decode(chunk, at, this.body);
        if (this.chunked.done) this.phase = DONE;
      } else {
        this.body.add(at === 0 ? chunk : chunk.subarray(at));
        at = chunk.length;
      }
    }
    this.trailing = at < chunk.length;
    return this.response();
  }

  /** The server closed its side: the end of a body without a length, else a response cut short. */
  end(): Http1Response {
    if (this.phase !== UNTIL_CLOSE) throw connectionLost();
    this.phase = DONE;
    return this.response();
  }

  /** Ready for the next response (and holding nothing of the last). */
  reset(): void {
    this.received = 0;
    this.trailing = false;
    this.phase = HEAD;
    this.head = undefined;
    this.headBytes = 0;
    if (this.headParts.length > 0) this.headParts = [];
    this.headStart = '';
    this.remaining = 0;
    this.text = undefined;
    this.body.clear();
  }

  private readHead(chunk: Buffer, at: number): number {
    let end: number;
    this.checkStart(chunk, at);
    if (this.headParts.length === 0) {
      const found = chunk.indexOf(HEAD_END, at);
      end = found < 0 ? -1 : found + HEAD_END.length;
    } else end = this.splitHeadEnd(chunk, at);
    this.headBytes += (end < 0 ? chunk.length : end) - at;
    if (this.headBytes > MAX_HEAD_BYTES) throw protocolError('HPE_HEADER_OVERFLOW', `the response's head exceeds ${MAX_HEAD_BYTES} bytes`);
    if (end < 0) {
      this.headParts.push(chunk.subarray(at));
      return chunk.length;
    }
    let text: string;
    if (this.headParts.length === 0) text = chunk.toString('latin1', at, end - HEAD_END.length);
    else {
      this.headParts.push(chunk.subarray(at, end));
      const whole = Buffer.concat(this.headParts);
      this.headParts = [];
      text = whole.toString('latin1', 0, whole.length - HEAD_END.length);
    }
    this.headStart = '';
    this.startBody(parseHead(text));
    return end;
  }

  /** Garbage is refused at its first bytes, not after 64 KiB of it or at the deadline. */
  private checkStart(chunk: Buffer, at: number): void {
    if (this.headParts.length === 0 && chunk.length - at >= HTTP_SLASH.length) {
      // Byte by byte: cheaper than Buffer#compare's call into C++ for five bytes.
      if (chunk[at] === 0x48 && chunk[at + 1] === 0x54 && chunk[at + 2] === 0x54 && chunk[at + 3] === 0x50 && chunk[at + 4] === 0x2f) {
        this.headStart = HTTP_SLASH;
        return;
      }
    } else {
      if (this.headStart.length >= HTTP_SLASH.length) return;
      this.headStart += chunk.toString('latin1', at, Math.min(chunk.length, at + HTTP_SLASH.length - this.headStart.length));
      if (HTTP_SLASH.startsWith(this.headStart)) return;
    }
    throw protocolError('HPE_INVALID_CONSTANT', 'the response does not start with "HTTP/"');
  }

  /** Where the head ends in `chunk` when the head began in earlier chunks (its blank line may straddle them), or -1. */
  private splitHeadEnd(chunk: Buffer, at: number): number {
    const tail = lastBytes(this.headParts, HEAD_END.length - 1);
    const across = Buffer.concat([tail, chunk.subarray(at, at + HEAD_END.length - 1)]).indexOf(HEAD_END);
    if (across >= 0) return at + across + HEAD_END.length - tail.length;
    const found = chunk.indexOf(HEAD_END, at);
    return found < 0 ? -1 : found + HEAD_END.length;
  }

  private startBody(head: Http1Head): void {
    if (head.status < 200) {
      // An interim response (100 Continue, 103 Early Hints): the real one follows. Nobody asked to switch protocols.
      if (head.status === 101) throw protocolError('HPE_INVALID_STATUS', 'unexpected 101 Switching Protocols');
      return;
    }
    this.head = head;
    if (!hasBody(head)) this.phase = DONE;
    else if (head.chunked) {
      this.chunked.reset();
      this.phase = CHUNKED;
    } else if (head.contentLength !== undefined) {
      this.body.expect(head.contentLength);
      this.remaining = head.contentLength;
      this.phase = head.contentLength === 0 ? DONE : LENGTH;
    } else this.phase = UNTIL_CLOSE;
  }

  private readLength(chunk: Buffer, at: number): number {
    const take = Math.min(this.remaining, chunk.length - at);
    if (take === this.remaining && this.body.empty) {
      // The whole body in one chunk, as most are: decoded from it directly.
      this.text = chunk.toString('utf8', at, at + take);
      this.phase = DONE;
      return at + take;
    }
    this.body.add(at === 0 && take === chunk.length ? chunk : chunk.subarray(at, at + take));
    this.remaining -= take;
    if (this.remaining === 0) this.phase = DONE;
    return at + take;
  }

  private response(): Http1Response {
    const head = this.head!;
    const response = { status: head.status, headers: head.headers, body: this.text ?? this.body.text() };
    this.text = undefined;
    this.body.clear();
    return response;
  }
}

/** A response to a POST has a body unless its status says it has none (RFC 9112 §6.3). */
function hasBody(head: Http1Head): boolean {
  return head.status !== 204 && head.status !== 304;
}

function lastBytes(parts: Buffer[], count: number): Buffer {
  const bytes: number[] = [];
  for (let p = parts.length - 1; p >= 0 && bytes.length < count; p -= 1) {
    const part = parts[p];
    for (let i = part.length - 1; i >= 0 && bytes.length < count; i -= 1) bytes.unshift(part[i]);
  }
  return Buffer.from(bytes);
}
