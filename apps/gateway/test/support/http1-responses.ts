import type { Random } from './prng';

/** How a response's body is delimited. */
export type Framing = 'length' | 'chunked' | 'close' | 'none';

/** A valid HTTP/1.x response and what a client must read from it. */
export interface ValidResponse {
  bytes: Buffer;
  framing: Framing;
  /** The server is to close the connection after it (a body delimited by the close, or `connection: close`). */
  closes: boolean;
  expected: { status: number; body: string; headers: Record<string, string> };
}

const STATUSES = [200, 200, 200, 201, 400, 404, 500, 503, 204] as const;
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const TEXT_PIECES = [
  '{"data":',
  'null',
  '"志愿服务"',
  '会东县新时代文明实践中心',
  '😀',
  'é',
  ' ',
  '\n',
  '\r\n',
  '0\r\n\r\n',
  'HTTP/1.1 200 OK',
  ',',
  'abcdefghij',
];
const INTERIM = [
  'HTTP/1.1 100 Continue\r\n\r\n',
  'HTTP/1.1 103 Early Hints\r\nlink: </a.css>; rel=preload\r\n\r\n',
  'HTTP/1.1 102 Processing\r\n\r\n',
];

export function randomBodyText(random: Random, maxPieces: number): string {
  let text = '';
  const pieces = random.int(0, maxPieces);
  for (let i = 0; i < pieces; i += 1) text += random.pick(TEXT_PIECES);
  return text;
}

function randomToken(random: Random): string {
  let token = '';
  const length = random.int(1, 12);
  for (let i = 0; i < length; i += 1) token += TOKEN_CHARS[random.int(0, TOKEN_CHARS.length - 1)];
  return token;
}

/** A field value: visible ASCII, inner spaces and tabs, sometimes obs-text (read back as latin1). */
function randomValue(random: Random): string {
  let value = '';
  const length = random.int(0, 30);
  for (let i = 0; i < length; i += 1) {
    const kind = random.next();
    value +=
      kind < 0.85
        ? String.fromCharCode(random.int(0x21, 0x7e))
        : kind < 0.95
          ? random.pick([' ', '\t'])
          : String.fromCharCode(random.int(0x80, 0xff));
  }
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** A valid response of a random shape: interim responses, headers, body and framing all drawn from `random`. */
export function randomValidResponse(random: Random, options: { bigBody?: boolean } = {}): ValidResponse {
  const minor = random.next() < 0.15 ? 0 : 1;
  const status = random.pick(STATUSES);
  const text = options.bigBody ? randomBodyText(random, 20).repeat(random.int(500, 3000)) : randomBodyText(random, 40);
  const body = status === 204 ? Buffer.alloc(0) : Buffer.from(text, 'utf8');
  const framing: Framing =
    status === 204
      ? 'none'
      : minor === 0
        ? random.pick(['length', 'close'] as const)
        : random.pick(['length', 'chunked', 'chunked', 'close'] as const);
  const saysClose = framing !== 'close' && random.next() < 0.1;
  const headers: [string, string][] = [
    ['Content-Type', random.pick(['application/json', 'application/graphql-response+json; charset=utf-8', 'text/plain'])],
  ];
  const seen = new Set(['content-type', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);
  for (let i = random.int(0, 6); i > 0; i -= 1) {
    const name = randomToken(random);
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    headers.push([name, randomValue(random)]);
  }
  if (framing === 'length') headers.push([random.pick(['Content-Length', 'content-length']), String(body.length)]);
  if (framing === 'chunked') headers.push(['Transfer-Encoding', random.pick(['chunked', 'Chunked', 'CHUNKED'])]);
  if (saysClose) headers.push(['Connection', random.pick(['close', 'Close', 'keep-alive, close'])]);
  else if (minor === 1 && random.next() < 0.5) headers.push(['Keep-Alive', 'timeout=65']);
  shuffle(random, headers);

  const ows = () => random.pick(['', '', ' ', '  ', '\t']);
  let head = '';
  if (minor === 1 && random.next() < 0.15) head += random.pick(INTERIM);
  head += `HTTP/1.${minor} ${status}${random.next() < 0.1 ? '' : ` ${REASONS[status]}`}\r\n`;
  for (const [name, value] of headers) head += `${name}:${random.next() < 0.8 ? ' ' : ows()}${value}${ows()}\r\n`;
  head += '\r\n';
  const bytes = Buffer.concat([Buffer.from(head, 'latin1'), framing === 'chunked' ? randomChunks(random, body) : body]);
  return {
    bytes,
    framing,
    closes: framing === 'close' || saysClose || minor === 0,
    expected: {
      status,
      body: body.toString('utf8'),
      headers: Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value])),
    },
  };
}

/** `body` as chunks of random sizes (across multi-byte characters too), sizes in either case with leading zeros, extensions, and sometimes trailers. */
export function randomChunks(random: Random, body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const size = Math.min(body.length - at, random.next() < 0.2 ? random.int(1, 3) : random.int(1, Math.max(1, body.length)));
    let sizeText = size.toString(16);
    if (random.next() < 0.3) sizeText = sizeText.toUpperCase();
    if (random.next() < 0.1) sizeText = `00${sizeText}`;
    const extension = random.next() < 0.15 ? random.pick([';a=1', ';name="quoted value"', ' ;x', ';ext']) : '';
    parts.push(Buffer.from(`${sizeText}${extension}\r\n`, 'latin1'), body.subarray(at, at + size), Buffer.from('\r\n'));
    at += size;
  }
  const trailers = random.next() < 0.15 ? 'x-trailer: done\r\n' : '';
  parts.push(Buffer.from(`0${random.next() < 0.1 ? ';last' : ''}\r\n${trailers}\r\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** `bytes` cut into 1–8 pieces, the cuts often beside a CR or LF (inside a line end, a blank line, a chunk-size line). */
export function randomSplit(random: Random, bytes: Buffer): Buffer[] {
  if (bytes.length < 2) return [bytes];
  const lineEnds: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0d || bytes[i] === 0x0a) lineEnds.push(i);
  const cuts = new Set<number>();
  for (let n = random.int(1, 7); n > 0; n -= 1) {
    const near = lineEnds.length > 0 && random.next() < 0.6 ? random.pick(lineEnds) + random.int(0, 1) : random.int(1, bytes.length - 1);
    if (near > 0 && near < bytes.length) cuts.add(near);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const cut of sorted) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Whole responses (head and any body) a client must refuse, each with the code it must refuse it with. */
export const MALFORMED_RESPONSES: readonly { name: string; bytes: string; code: string }[] = [
  { name: 'not HTTP at all', bytes: '<html>\r\n\r\n', code: 'HPE_INVALID_CONSTANT' },
  { name: 'a lower-case protocol name', bytes: 'http/1.1 200 OK\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_CONSTANT' },
  { name: 'HTTP/2 in a status line', bytes: 'HTTP/2 200 OK\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  { name: 'HTTP/1.2', bytes: 'HTTP/1.2 200 OK\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  { name: 'a status that is not three digits', bytes: 'HTTP/1.1 20 OK\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  { name: 'letters in the status', bytes: 'HTTP/1.1 2OO OK\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  { name: 'a bare LF ending the status line', bytes: 'HTTP/1.1 200 OK\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  { name: 'a control character in the reason', bytes: 'HTTP/1.1 200 O\x01K\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_STATUS' },
  {
    name: 'Switching Protocols nobody asked for',
    bytes: 'HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\n\r\n',
    code: 'HPE_INVALID_STATUS',
  },
  { name: 'a header line without a colon', bytes: 'HTTP/1.1 200 OK\r\ncontent-length 0\r\n\r\n', code: 'HPE_INVALID_HEADER_TOKEN' },
  { name: 'a space before the colon', bytes: 'HTTP/1.1 200 OK\r\ncontent-length : 2\r\n\r\nok', code: 'HPE_INVALID_HEADER_TOKEN' },
  {
    name: 'a folded header line',
    bytes: 'HTTP/1.1 200 OK\r\nx-a: 1\r\n  folded\r\ncontent-length: 0\r\n\r\n',
    code: 'HPE_INVALID_HEADER_TOKEN',
  },
  { name: 'an empty header name', bytes: 'HTTP/1.1 200 OK\r\n: nothing\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_HEADER_TOKEN' },
  { name: 'a NUL in a header value', bytes: 'HTTP/1.1 200 OK\r\nx-a: a\0b\r\ncontent-length: 0\r\n\r\n', code: 'HPE_INVALID_HEADER_TOKEN' },
  {
    name: 'a bare CR in a header value',
    bytes: 'HTTP/1.1 200 OK\r\nx-a: a\rb\r\ncontent-length: 0\r\n\r\n',
    code: 'HPE_INVALID_HEADER_TOKEN',
  },
  {
    name: 'a bare LF between header lines',
    bytes: 'HTTP/1.1 200 OK\r\nx-a: 1\ncontent-length: 0\r\n\r\n',
    code: 'HPE_INVALID_HEADER_TOKEN',
  },
  {
    name: 'two Content-Lengths that disagree',
    bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok!',
    code: 'HPE_UNEXPECTED_CONTENT_LENGTH',
  },
  {
    name: 'a Content-Length list that disagrees',
    bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 2, 3\r\n\r\nok!',
    code: 'HPE_UNEXPECTED_CONTENT_LENGTH',
  },
  { name: 'a negative Content-Length', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: -2\r\n\r\nok', code: 'HPE_INVALID_CONTENT_LENGTH' },
  { name: 'a signed Content-Length', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: +2\r\n\r\nok', code: 'HPE_INVALID_CONTENT_LENGTH' },
  { name: 'a hexadecimal Content-Length', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 0x2\r\n\r\nok', code: 'HPE_INVALID_CONTENT_LENGTH' },
  { name: 'an empty Content-Length', bytes: 'HTTP/1.1 200 OK\r\ncontent-length:\r\n\r\nok', code: 'HPE_INVALID_CONTENT_LENGTH' },
  {
    name: 'a Content-Length past 2^53',
    bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 99999999999999999999\r\n\r\nok',
    code: 'HPE_INVALID_CONTENT_LENGTH',
  },
  {
    name: 'Content-Length beside chunked',
    bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_UNEXPECTED_CONTENT_LENGTH',
  },
  {
    name: 'a transfer coding other than chunked',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\n\r\nok',
    code: 'HPE_INVALID_TRANSFER_ENCODING',
  },
  {
    name: 'chunked applied twice',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_TRANSFER_ENCODING',
  },
  {
    name: 'gzip then chunked',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_TRANSFER_ENCODING',
  },
  {
    name: 'chunked in HTTP/1.0',
    bytes: 'HTTP/1.0 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_TRANSFER_ENCODING',
  },
  {
    name: 'a chunk size that is not hexadecimal',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'an empty chunk size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a negative chunk size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n-2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a 0x-prefixed chunk size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0x2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a space before the chunk size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n 2\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'letters after the chunk size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2x\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a chunk size past 2^53',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a control character in a chunk extension',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2;a\x01\r\nok\r\n0\r\n\r\n',
    code: 'HPE_INVALID_CHUNK_SIZE',
  },
  {
    name: 'a chunk size line ended by a bare CR',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\rok\r\n0\r\n\r\n',
    code: 'HPE_LF_EXPECTED',
  },
  {
    name: 'more chunk data than its size',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok!\r\n0\r\n\r\n',
    code: 'HPE_CR_EXPECTED',
  },
  {
    name: 'chunk data ended by a bare CR',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\rX0\r\n\r\n',
    code: 'HPE_LF_EXPECTED',
  },
  {
    name: 'a folded trailer line',
    bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n folded\r\n\r\n',
    code: 'HPE_INVALID_HEADER_TOKEN',
  },
];
