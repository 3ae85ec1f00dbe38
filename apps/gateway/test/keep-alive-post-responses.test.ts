import type { Socket } from 'node:net';
import { Http1Connection, type Http1Response } from '../src/subgraph/http1-connection';
import { keepAlivePost, type PostResponse } from '../src/subgraph/keep-alive-post';
import { MALFORMED_RESPONSES, randomChunks, randomSplit, randomValidResponse, randomBodyText } from './support/http1-responses';
import { seededRandom, type Random } from './support/prng';
import { startRawHttpServer, writePieces, type RawHttpServer } from './support/raw-http-server';

/**
 * Properties of the gateway's HTTP/1.1 client against a raw TCP server answering whatever a case
 * says: valid responses of every shape, split anywhere; the same cut short; malformed, oversized and
 * slow ones. Each case draws from its own seeded PRNG (SEED + case number), named in every failure,
 * so a failing case repeats.
 */
const SEED = 20251130;
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Script {
  pieces: Buffer[];
  /** What the server does once it has written the pieces. */
  then: 'keep' | 'end' | 'reset';
  pauseMs?: number;
}

const scripts = new Map<number, Script>();
let server: RawHttpServer;
let nextCase = 0;

beforeAll(async () => {
  server = await startRawHttpServer((socket, request) => void play(socket, scripts.get(JSON.parse(request.body).case)!));
});
afterAll(() => server?.stop());

async function play(socket: Socket, script: Script): Promise<void> {
  await writePieces(socket, script.pieces, script.pauseMs ?? 1);
  if (socket.destroyed) return;
  if (script.then === 'end') socket.end();
  if (script.then === 'reset') socket.resetAndDestroy();
}

/** Registers `script` as a case; returns the request body that makes the server play it. */
function caseBody(script: Script): string {
  const id = nextCase++;
  scripts.set(id, script);
  return JSON.stringify({ case: id });
}

function randomFor(caseNumber: number): Random {
  return seededRandom(SEED + caseNumber);
}

/** The response read, or the error it was refused with, as a comparable value. */
async function outcome(promise: Promise<PostResponse | Http1Response>): Promise<unknown> {
  try {
    const response = await promise;
    return 'headers' in response
      ? { status: response.status, headers: Object.fromEntries(response.headers), body: response.body }
      : { status: response.status, body: response.body };
  } catch (err) {
    const { code, name } = err as { code?: string; name?: string };
    return { error: code ?? name };
  }
}

const requestHead = (body: string) =>
  `POST /graphql HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;

describe('valid responses', () => {
  // One connection as long as it can be reused: responses follow each other on it, as they do in the gateway.
  let connection: Http1Connection | undefined;
  const exchange = (script: Script): Promise<Http1Response> => {
    if (!connection?.reusable)
      connection = new Http1Connection(new URL(server.url), { maxResponseBytes: 32 * 1024 * 1024, maxIdleMs: 30_000 });
    const body = caseBody(script);
    return connection.exchange(requestHead(body), body);
  };

  it('read the same whole or split anywhere into pieces, and equal what was sent (300 cases)', async () => {
    for (let n = 0; n < 300; n += 1) {
      const random = randomFor(n);
      const response = randomValidResponse(random, { bigBody: n % 30 === 29 });
      const then = response.closes ? 'end' : 'keep';
      const whole = await outcome(exchange({ pieces: [response.bytes], then }));
      const split = await outcome(exchange({ pieces: randomSplit(random, response.bytes), then }));
      expect({ case: n, whole, split }).toEqual({ case: n, whole: response.expected, split: response.expected });
    }
  });
});

describe('responses the client refuses', () => {
  const post = keepAlivePost({ timeoutMs: 3000, maxResponseBytes: 4096 });
  const ask = (script: Script) => outcome(post(new URL(server.url), caseBody(script), JSON_HEADERS));
  /** The server's side of the connection the last case came on: closed by the client after a refusal. */
  const lastConnectionClosed = async (): Promise<boolean> => {
    const connection = server.connections[server.requests[server.requests.length - 1].connection];
    await Promise.race([connection.closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
    return connection.isClosed;
  };

  it('cut short anywhere: ECONNRESET, whether the server ends or resets the connection (200 cases)', async () => {
    for (let n = 0; n < 200; n += 1) {
      const random = randomFor(1000 + n);
      let response = randomValidResponse(random);
      while (response.framing === 'close' || response.framing === 'none' || response.bytes.length > 4000)
        response = randomValidResponse(random);
      const cut = response.bytes.subarray(0, random.int(0, response.bytes.length - 1));
      const result = await ask({ pieces: randomSplit(random, cut), then: random.pick(['end', 'reset'] as const) });
      expect({ case: 1000 + n, result }).toEqual({ case: 1000 + n, result: { error: 'ECONNRESET' } });
    }
  });

  it.each(MALFORMED_RESPONSES.map((m) => [m.name, m]))(
    'malformed: %s, whole or split, with its code and the connection closed',
    async (_, malformed) => {
      const bytes = Buffer.from(malformed.bytes, 'latin1');
      for (let n = 0; n < 8; n += 1) {
        const random = randomFor(2000 + n);
        const result = await ask({ pieces: n === 0 ? [bytes] : randomSplit(random, bytes), then: 'keep' });
        expect({ case: 2000 + n, result }).toEqual({ case: 2000 + n, result: { error: malformed.code } });
        expect(await lastConnectionClosed()).toBe(true);
      }
    },
  );

  it('garbage: refused at its first bytes, without waiting for the deadline or the connection to close (100 cases)', async () => {
    for (let n = 0; n < 100; n += 1) {
      const random = randomFor(3000 + n);
      let garbage = random.bytes(random.int(1, 300));
      if (garbage[0] === 0x48) garbage = Buffer.concat([Buffer.from('<'), garbage]);
      const result = await ask({ pieces: randomSplit(random, garbage), then: 'keep' });
      expect({ case: 3000 + n, result }).toEqual({ case: 3000 + n, result: { error: 'HPE_INVALID_CONSTANT' } });
      expect(await lastConnectionClosed()).toBe(true);
    }
  });

  it('a valid response with one byte changed: read, or refused with a code, never anything else (300 cases)', async () => {
    const coded = /^(HPE_[A-Z_]+|ECONNRESET|ERR_RESPONSE_TOO_LARGE)$/;
    for (let n = 0; n < 300; n += 1) {
      const random = randomFor(4000 + n);
      const bytes = Buffer.from(randomValidResponse(random).bytes);
      bytes[random.int(0, bytes.length - 1)] = random.int(0, 255);
      const result = (await ask({ pieces: randomSplit(random, bytes), then: 'end' })) as { error?: string; status?: number };
      expect({ case: 4000 + n, result: result.error === undefined || coded.test(result.error) }).toEqual({ case: 4000 + n, result: true });
    }
  });

  it('oversized bodies: read up to 4096 bytes, refused past them, however framed (120 cases)', async () => {
    for (let n = 0; n < 120; n += 1) {
      const random = randomFor(5000 + n);
      const body = Buffer.from(randomBodyText(random, 10).repeat(random.int(1, 200)) || 'x');
      const framing = random.pick(['length', 'chunked', 'close'] as const);
      const head = `HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n${framing === 'length' ? `content-length: ${body.length}\r\n` : framing === 'chunked' ? 'transfer-encoding: chunked\r\n' : ''}\r\n`;
      const bytes = Buffer.concat([Buffer.from(head), framing === 'chunked' ? randomChunks(random, body) : body]);
      const result = await ask({ pieces: randomSplit(random, bytes), then: framing === 'close' ? 'end' : 'keep' });
      const expected = body.length <= 4096 ? { status: 200, body: body.toString('utf8') } : { error: 'ERR_RESPONSE_TOO_LARGE' };
      expect({ case: 5000 + n, framing, size: body.length, result }).toEqual({
        case: 5000 + n,
        framing,
        size: body.length,
        result: expected,
      });
    }
  });
});

describe('slow responses', () => {
  it('are aborted at the deadline, wherever they stall (6 cases)', async () => {
    const post = keepAlivePost({ timeoutMs: 150 });
    for (let n = 0; n < 6; n += 1) {
      const random = randomFor(6000 + n);
      let response = randomValidResponse(random);
      while (response.framing === 'none') response = randomValidResponse(random);
      // Every piece but the last arrives, slowly; the last never comes within the deadline.
      const pieces = randomSplit(random, response.bytes);
      const stalled = [...pieces.slice(0, -1), Buffer.alloc(0)];
      const result = await outcome(post(new URL(server.url), caseBody({ pieces: stalled, then: 'keep', pauseMs: 40 }), JSON_HEADERS));
      expect({ case: 6000 + n, result }).toEqual({ case: 6000 + n, result: { error: 'AbortError' } });
    }
  });
});
