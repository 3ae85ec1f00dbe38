import { protocolError } from './http1-errors';

/** What a response's head (status line and header lines) says. */
export interface Http1Head {
  /** 0 for HTTP/1.0, 1 for HTTP/1.1. */
  minor: number;
  status: number;
  /** Header values by lower-case name (the last one when repeated). */
  headers: Map<string, string>;
  /** The body's length as Content-Length gives it, if it does. */
  contentLength: number | undefined;
  chunked: boolean;
  /** `connection: close`: the server closes the connection after this response. */
  close: boolean;
  /** How long the server keeps the connection open while idle (`Keep-Alive: timeout=N`), if it says. */
  keepAliveMs: number | undefined;
}

// RFC 9112: status-line = HTTP-version SP status-code SP [ reason-phrase ] (the last SP is often left out);
// field-line = field-name ":" OWS field-value OWS: no space before the colon, no line folding, no
// control characters. The head is decoded as latin1, so obs-text (0x80–0xFF) is \x80-\xff here.
const STATUS = String.raw`HTTP\/1\.([01]) ([1-9]\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?`;
const FIELD = String.raw`[!#$%&'*+\-.^_\`|~0-9A-Za-z]+:[\t\x20-\x7e\x80-\xff]*`;
/** The whole head checked at once (one pass of the regex engine); only a refused one is looked at line by line. */
const HEAD = new RegExp(`^${STATUS}(?:\\r\\n${FIELD})*$`);
const STATUS_LINE = new RegExp(`^${STATUS}$`);
const FIELD_LINE = new RegExp(`^${FIELD}$`);
// Fifteen digits stay exact as a double; any body limit is far below.
const DIGITS = /^\d{1,15}$/;
const CLOSE_TOKEN = /(?:^|,)[\t ]*close[\t ]*(?:,|$)/i;
const KEEP_ALIVE_TIMEOUT = /(?:^|[\t ,;])timeout[\t ]*=[\t ]*(\d{1,9})(?!\d)/i;

/** Reads a head (without its final blank line); anything RFC 9112 does not allow is refused, never guessed at. */
export function parseHead(text: string): Http1Head {
  const status = HEAD.exec(text);
  if (!status) throw malformed(text);
  const lines = text.split('\r\n');
  const head: Http1Head = {
    minor: status[1] === '1' ? 1 : 0,
    status: Number(status[2]),
    headers: new Map(),
    contentLength: undefined,
    chunked: false,
    close: false,
    keepAliveMs: undefined,
  };
  let transferEncoding: string | undefined;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    const value = trimOws(line, colon + 1);
    head.headers.set(name, value);
    switch (name) {
      case 'content-length': {
        const length = contentLength(value);
        if (head.contentLength !== undefined && head.contentLength !== length)
          throw protocolError('HPE_UNEXPECTED_CONTENT_LENGTH', 'conflicting content-length headers');
        head.contentLength = length;
        break;
      }
      case 'transfer-encoding':
        transferEncoding = transferEncoding === undefined ? value : `${transferEncoding},${value}`;
        break;
      case 'connection':
        if (CLOSE_TOKEN.test(value)) head.close = true;
        break;
      case 'keep-alive': {
        const timeout = KEEP_ALIVE_TIMEOUT.exec(value);
        if (timeout) head.keepAliveMs = Math.min(head.keepAliveMs ?? Infinity, Number(timeout[1]) * 1000);
        break;
      }
    }
  }
  if (transferEncoding !== undefined) head.chunked = isChunked(head, transferEncoding);
  return head;
}

/** What is wrong with a head the whole-head check refused. */
function malformed(text: string): Error {
  const lines = text.split('\r\n');
  if (!STATUS_LINE.test(lines[0])) return protocolError('HPE_INVALID_STATUS', `malformed status line ${quote(lines[0])}`);
  const bad = lines.find((line, i) => i > 0 && !FIELD_LINE.test(line)) ?? '';
  return protocolError('HPE_INVALID_HEADER_TOKEN', `malformed header line ${quote(bad)}`);
}

/** RFC 9112 §6.1–6.3: only `chunked` is understood, and Content-Length beside it is a sign of response splitting. */
function isChunked(head: Http1Head, transferEncoding: string): true {
  if (head.minor === 0) throw protocolError('HPE_INVALID_TRANSFER_ENCODING', 'transfer-encoding in an HTTP/1.0 response');
  if (head.contentLength !== undefined)
    throw protocolError('HPE_UNEXPECTED_CONTENT_LENGTH', 'content-length together with transfer-encoding');
  if (transferEncoding.toLowerCase() !== 'chunked')
    throw protocolError('HPE_INVALID_TRANSFER_ENCODING', `unsupported transfer-encoding ${quote(transferEncoding)}`);
  return true;
}

/** One length, or a list of the same length repeated (RFC 9110 §8.6). */
function contentLength(value: string): number {
  if (DIGITS.test(value)) return Number(value);
  const lengths = new Set(value.split(',').map((item) => trimOws(item, 0)));
  const [only] = lengths;
  if (lengths.size !== 1 || !DIGITS.test(only))
    throw protocolError(
      lengths.size > 1 ? 'HPE_UNEXPECTED_CONTENT_LENGTH' : 'HPE_INVALID_CONTENT_LENGTH',
      `invalid content-length ${quote(value)}`,
    );
  return Number(only);
}

/** `text` from `start` without surrounding spaces and tabs (String#trim also takes 0xA0, a valid obs-text byte). */
function trimOws(text: string, start: number): string {
  let from = start;
  let to = text.length;
  while (from < to && isOws(text.charCodeAt(from))) from += 1;
  while (to > from && isOws(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(from, to);
}

function isOws(char: number): boolean {
  return char === 0x20 || char === 0x09;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
