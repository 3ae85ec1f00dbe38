import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { keepAlivePost } from '../src/subgraph/keep-alive-post';
import { isReadOnly } from '../src/subgraph/read-only';
import { hang, startFakeSubgraph, type FakeSubgraph } from './support/fake-subgraph';
import { startRawHttpServer, streamRepeated, type RawHttpServer, type RawRequest } from './support/raw-http-server';

/** The gateway's HTTP/1.1 client for its subgraphs, against Node's HTTP server and raw sockets. */
const JSON_HEADERS = { 'content-type': 'application/json' };
const servers: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function subgraph(respond: (req: IncomingMessage, res: ServerResponse) => void): Promise<FakeSubgraph> {
  const fake = await startFakeSubgraph(respond);
  servers.push(fake);
  return fake;
}

/** Echoes the request: method, path, headers and body, as JSON with a Content-Length (as Node and the subgraphs response). */
const echo = (req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body, remotePort: req.socket.remotePort }));
  });
};

/** A raw TCP server answering each connection's first request with `reply` (for responses Node's server would not give). */
async function rawServer(reply: (socket: Socket) => void): Promise<string> {
  const server: TcpServer = createTcpServer((socket) => socket.once('data', () => reply(socket)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set<Socket>();
  server.on('connection', (s) => sockets.add(s));
  servers.push({ stop: () => new Promise((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))) });
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

describe('POSTs to a subgraph over pooled keep-alive connections', () => {
  it('sends the body and headers, and returns status, content type and body', async () => {
    const s = await subgraph(echo);
    const post = keepAlivePost({ timeoutMs: 5000 });
    const body = JSON.stringify({ query: '{ orgUnits { name } }', note: '新时代文明实践' });
    const response = await post(new URL(`${s.url}?x=1`), body, { ...JSON_HEADERS, 'x-request-id': 'r-1' });
    expect(response).toMatchObject({ status: 200, statusText: 'OK', contentType: 'application/json; charset=utf-8' });
    const echoed = JSON.parse(response.body);
    expect(echoed).toMatchObject({ method: 'POST', url: '/graphql?x=1', body });
    expect(echoed.headers).toMatchObject({
      'content-type': 'application/json',
      'x-request-id': 'r-1',
      'content-length': String(Buffer.byteLength(body)),
    });
  });

  it('reuses connections: 200 requests, 8 at a time, over at most 8 connections', async () => {
    const s = await subgraph(echo);
    const post = keepAlivePost({ timeoutMs: 5000 });
    const ports = new Set<number>();
    for (let round = 0; round < 25; round += 1) {
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) => post(new URL(s.url), `{"n":${round * 8 + i}}`, JSON_HEADERS)),
      );
      responses.forEach((a, i) => {
        const echoed = JSON.parse(a.body);
        expect(echoed.body).toBe(`{"n":${round * 8 + i}}`);
        ports.add(echoed.remotePort);
      });
    }
    expect(ports.size).toBeLessThanOrEqual(8);
  });

  it('reads a chunked body, multi-byte characters split across chunks included', async () => {
    const text = '会东县新时代文明实践中心'.repeat(5000);
    const s = await subgraph((req, res) => {
      req.resume();
      const bytes = Buffer.from(JSON.stringify({ text }));
      res.setHeader('content-type', 'application/json');
      res.write(bytes.subarray(0, 1001)); // mid-character
      setTimeout(() => res.end(bytes.subarray(1001)), 20);
    });
    const response = await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS);
    expect(JSON.parse(response.body).text).toBe(text);
  });

  it('reads a large Content-Length body that arrives in many chunks', async () => {
    const text = '志愿服务'.repeat(200_000); // 2.4 MB
    const s = await subgraph((req, res) => {
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ text }));
    });
    const response = await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS);
    expect(JSON.parse(response.body).text).toBe(text);
  });

  it('returns an error status with its standard text', async () => {
    const s = await subgraph((req, res) => {
      req.resume();
      res.statusCode = 500;
      res.end('boom');
    });
    expect(await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS)).toMatchObject({
      status: 500,
      statusText: 'Internal Server Error',
      body: 'boom',
    });
  });

  it('reads a body that ends with the connection, and one after a 100 Continue', async () => {
    const closing = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nuntil the end'));
    expect(await keepAlivePost({ timeoutMs: 5000 })(new URL(closing), '{}', JSON_HEADERS)).toMatchObject({
      status: 200,
      body: 'until the end',
    });
    const continued = await rawServer((socket) =>
      socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'),
    );
    expect((await keepAlivePost({ timeoutMs: 5000 })(new URL(continued), '{}', JSON_HEADERS)).body).toBe('ok');
  });

  it('does not reuse a connection the server closes after its response', async () => {
    const s = await subgraph((req, res) => {
      req.resume();
      res.setHeader('connection', 'close');
      res.end(String(req.socket.remotePort));
    });
    const post = keepAlivePost({ timeoutMs: 5000 });
    const first = await post(new URL(s.url), '{}', JSON_HEADERS);
    const second = await post(new URL(s.url), '{}', JSON_HEADERS);
    expect(first.body).not.toBe(second.body);
  });

  it('opens a new connection when the server has closed an idle one', async () => {
    const s = await subgraph((req, res) => {
      echo(req, res);
      res.on('finish', () => setTimeout(() => req.socket.destroy(), 20));
    });
    const post = keepAlivePost({ timeoutMs: 5000 });
    const first = JSON.parse((await post(new URL(s.url), '{}', JSON_HEADERS)).body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = JSON.parse((await post(new URL(s.url), '{"again":true}', JSON_HEADERS)).body);
    expect(second.body).toBe('{"again":true}');
    expect(second.remotePort).not.toBe(first.remotePort);
  });
});

describe('to a subgraph behind TLS (https URL)', () => {
  const tlsDir = join(__dirname, 'support', 'tls');
  let url: string;
  beforeEach(async () => {
    // A self-signed certificate for localhost, made for these tests only.
    const server = createHttpsServer({ key: readFileSync(join(tlsDir, 'key.pem')), cert: readFileSync(join(tlsDir, 'cert.pem')) }, echo);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({ stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) });
    const address = server.address();
    url = `https://localhost:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  });

  it('speaks TLS to it and refuses a certificate nobody vouches for', async () => {
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL(url), '{}', JSON_HEADERS)).rejects.toMatchObject({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
  });
});

describe('when a subgraph fails', () => {
  it("keeps Node's code for a refused connection", async () => {
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL('http://127.0.0.1:9/graphql'), '{}', JSON_HEADERS)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('reports a connection lost mid-response as ECONNRESET', async () => {
    const url = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"data":');
      setTimeout(() => socket.destroy(), 20);
    });
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL(url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('aborts a request that gets no complete response within the deadline, and one still waiting for a connection', async () => {
    const s = await subgraph(hang);
    const post = keepAlivePost({ timeoutMs: 200, maxSockets: 1 });
    const started = Date.now();
    const both = await Promise.allSettled([post(new URL(s.url), '{}', JSON_HEADERS), post(new URL(s.url), '{}', JSON_HEADERS)]);
    expect(both.map((r) => r.status === 'rejected' && (r.reason as Error).name)).toEqual(['AbortError', 'AbortError']);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses a header value that would break the request', async () => {
    const s = await subgraph(echo);
    expect(() => keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', { 'x-request-id': 'a\r\nx-injected: 1' })).toThrow(TypeError);
  });
});

/** A raw server whose response to each request is `response(request)`, written as one piece; `then` says what happens to the connection after. */
async function scripted(
  response: (request: RawRequest) => { bytes?: string; then?: 'keep' | 'end' | 'reset' | 'hang' },
): Promise<RawHttpServer> {
  const raw = await startRawHttpServer((socket, request) => {
    const { bytes, then = 'keep' } = response(request);
    if (bytes !== undefined) socket.write(bytes);
    if (then === 'end') socket.end();
    if (then === 'reset') socket.resetAndDestroy();
  });
  servers.push(raw);
  return raw;
}

/** A response naming the connection and request it belongs to. */
function numbered(request: RawRequest, extraHeaders = ''): string {
  const body = JSON.stringify({ connection: request.connection, index: request.index });
  return `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n${extraHeaders}\r\n${body}`;
}

async function connectionOf(post: ReturnType<typeof keepAlivePost>, url: string): Promise<number> {
  return JSON.parse((await post(new URL(url), '{}', JSON_HEADERS)).body).connection;
}

/** Moves the clock `ms` ahead for the client (its deadline timers keep real time). */
function clockAhead(ms: number): jest.SpyInstance {
  const realNow = Date.now.bind(Date);
  return jest.spyOn(Date, 'now').mockImplementation(() => realNow() + ms);
}

describe("the server's Keep-Alive timeout", () => {
  afterEach(() => jest.restoreAllMocks());

  it('reuses a connection idle for less than it, less a second, and closes it after', async () => {
    const raw = await scripted((request) => ({ bytes: numbered(request, 'keep-alive: timeout=3\r\n') }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect(await connectionOf(post, raw.url)).toBe(0);
    clockAhead(1900);
    expect(await connectionOf(post, raw.url)).toBe(0);
    jest.restoreAllMocks();
    clockAhead(1900 + 2100);
    expect(await connectionOf(post, raw.url)).toBe(1);
    await raw.connections[0].closed;
  });

  it('never reuses a connection the server keeps for a second or less', async () => {
    const raw = await scripted((request) => ({ bytes: numbered(request, 'keep-alive: timeout=1\r\n') }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect([await connectionOf(post, raw.url), await connectionOf(post, raw.url)]).toEqual([0, 1]);
  });

  it('still closes a connection idle for 30 s when the server would keep it longer', async () => {
    const raw = await scripted((request) => ({ bytes: numbered(request, 'keep-alive: timeout=600\r\n') }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect(await connectionOf(post, raw.url)).toBe(0);
    clockAhead(29_000);
    expect(await connectionOf(post, raw.url)).toBe(0);
    jest.restoreAllMocks();
    clockAhead(29_000 + 31_000);
    expect(await connectionOf(post, raw.url)).toBe(1);
  });
});

describe('a pooled connection the server closed while it was idle', () => {
  it.each(['end', 'reset'] as const)('is replaced by a fresh one and the request sent again, once (closed with %s)', async (then) => {
    // The second request on a connection finds it closed, as after a load balancer's idle timeout.
    const raw = await scripted((request) => (request.index === 1 ? { then } : { bytes: numbered(request) }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect(await connectionOf(post, raw.url)).toBe(0);
    expect(await connectionOf(post, raw.url)).toBe(1);
    expect(raw.requests.map((r) => [r.connection, r.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });

  it('is not sent a third time when the fresh connection fails too', async () => {
    const raw = await scripted((request) =>
      request.connection === 0 && request.index === 0 ? { bytes: numbered(request) } : { then: 'reset' },
    );
    const post = keepAlivePost({ timeoutMs: 5000 });
    await connectionOf(post, raw.url);
    await expect(post(new URL(raw.url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(raw.requests).toHaveLength(3);
  });

  it('is not retried on a fresh connection, nor once part of the response came', async () => {
    const fresh = await scripted(() => ({ then: 'reset' }));
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL(fresh.url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(fresh.requests).toHaveLength(1);

    const partly = await scripted((request) =>
      request.index === 1 ? { bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{"da', then: 'reset' } : { bytes: numbered(request) },
    );
    const post = keepAlivePost({ timeoutMs: 5000 });
    await connectionOf(post, partly.url);
    await expect(post(new URL(partly.url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(partly.requests).toHaveLength(2);
  });

  it('is not sent again when it may write: the caller says so (a mutation may have reached the server)', async () => {
    const raw = await scripted((request) => (request.index === 1 ? { then: 'end' } : { bytes: numbered(request) }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    await connectionOf(post, raw.url);
    await expect(post(new URL(raw.url), '{}', JSON_HEADERS, false)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(raw.requests).toHaveLength(2);
  });

  it('counts as read-only only what surely reads: a query, and no mutation anywhere in the document', () => {
    expect(['query Q { a }', '{ a }', '  # note\n query { a }'].map(isReadOnly)).toEqual([true, true, true]);
    expect(['mutation M { a }', '# note\nmutation { a }', 'query Q { a } mutation M { b }', 'subscription { a }'].map(isReadOnly)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('stays within the deadline: the retry is aborted with the rest of the request', async () => {
    const raw = await scripted((request) =>
      request.connection === 0 ? (request.index === 0 ? { bytes: numbered(request) } : { then: 'end' }) : { then: 'hang' },
    );
    const post = keepAlivePost({ timeoutMs: 300 });
    await connectionOf(post, raw.url);
    const started = Date.now();
    await expect(post(new URL(raw.url), '{}', JSON_HEADERS)).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(raw.requests.map((r) => r.connection)).toEqual([0, 0, 1]);
  });
});

describe('responses it does not reuse the connection after', () => {
  it('an HTTP/1.0 response, even with a length', async () => {
    const raw = await scripted((request) => ({ bytes: numbered(request).replace('HTTP/1.1', 'HTTP/1.0') }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect([await connectionOf(post, raw.url), await connectionOf(post, raw.url)]).toEqual([0, 1]);
    await raw.connections[0].closed;
  });

  it('a response followed by bytes nobody asked for', async () => {
    const raw = await scripted((request) => ({ bytes: `${numbered(request)}HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n` }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect([await connectionOf(post, raw.url), await connectionOf(post, raw.url)]).toEqual([0, 1]);
    await raw.connections[0].closed;
  });
});

describe('the size of a response', () => {
  const LIMIT = 64 * 1024;

  it('is refused past the limit at once when Content-Length says so, the connection closed', async () => {
    // More than the loopback's socket buffers hold, so the server cannot have sent it all before the client hung up.
    const huge = 256 * 1024 * 1024;
    let written: Promise<number> = Promise.resolve(0);
    const raw = await startRawHttpServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${huge}\r\n\r\n`);
      written = streamRepeated(socket, Buffer.alloc(64 * 1024, 'x'), huge);
    });
    servers.push(raw);
    const err = await keepAlivePost({ timeoutMs: 5000, maxResponseBytes: LIMIT })(new URL(raw.url), '{}', JSON_HEADERS).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE', limitBytes: LIMIT });
    await raw.connections[0].closed;
    expect(await written).toBeLessThan(huge);
  });

  it('is refused at the size line of the chunk that would pass the limit, before its data comes', async () => {
    // The server sends the chunk's size and then nothing: only a client that refuses at the size line responses before its deadline.
    const raw = await scripted(() => ({
      bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${(LIMIT - 10).toString(16)}\r\n${'x'.repeat(LIMIT - 10)}\r\n20\r\n`,
    }));
    await expect(keepAlivePost({ timeoutMs: 5000, maxResponseBytes: LIMIT })(new URL(raw.url), '{}', JSON_HEADERS)).rejects.toMatchObject({
      code: 'ERR_RESPONSE_TOO_LARGE',
    });
    await raw.connections[0].closed;
  });

  it('is refused past the limit for a body that ends with the connection', async () => {
    const raw = await startRawHttpServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\n');
      void streamRepeated(socket, Buffer.alloc(1024, 'x'), 10 * LIMIT).then(() => socket.end());
    });
    servers.push(raw);
    await expect(keepAlivePost({ timeoutMs: 5000, maxResponseBytes: LIMIT })(new URL(raw.url), '{}', JSON_HEADERS)).rejects.toMatchObject({
      code: 'ERR_RESPONSE_TOO_LARGE',
    });
  });

  it('is read whole up to the limit, however it is framed', async () => {
    const body = 'x'.repeat(LIMIT);
    const responses = [
      `HTTP/1.1 200 OK\r\ncontent-length: ${LIMIT}\r\n\r\n${body}`,
      `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${(LIMIT / 2).toString(16)}\r\n${body.slice(LIMIT / 2)}\r\n${(LIMIT / 2).toString(16)}\r\n${body.slice(LIMIT / 2)}\r\n0\r\n\r\n`,
    ];
    const raw = await scripted((request) =>
      request.connection < responses.length
        ? { bytes: responses[request.connection], then: 'end' }
        : { bytes: `HTTP/1.1 200 OK\r\n\r\n${body}`, then: 'end' },
    );
    const post = keepAlivePost({ timeoutMs: 5000, maxResponseBytes: LIMIT });
    for (let i = 0; i < 3; i += 1) expect((await post(new URL(raw.url), '{}', JSON_HEADERS)).body).toBe(body);
  });

  it('has a head of at most 64 KiB', async () => {
    const headers = (bytes: number) => `x-filler: ${'h'.repeat(bytes)}\r\n`;
    const raw = await scripted((request) => ({
      bytes: `HTTP/1.1 200 OK\r\n${headers(request.connection === 0 ? 60 * 1024 : 70 * 1024)}content-length: 2\r\n\r\nok`,
      then: 'end',
    }));
    const post = keepAlivePost({ timeoutMs: 5000 });
    expect((await post(new URL(raw.url), '{}', JSON_HEADERS)).body).toBe('ok');
    await expect(post(new URL(raw.url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'HPE_HEADER_OVERFLOW' });
  });
});
