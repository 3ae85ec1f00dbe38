import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { keepAlivePost } from '../src/subgraph/keep-alive-post';
import { hang, startFakeSubgraph, type FakeSubgraph } from './support/fake-subgraph';

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

/** Echoes the request: method, path, headers and body, as JSON with a Content-Length (as Node and the subgraphs answer). */
const echo = (req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body, remotePort: req.socket.remotePort }));
  });
};

/** A raw TCP server answering each connection's first request with `reply` (for answers Node's server would not give). */
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
    const answer = await post(new URL(`${s.url}?x=1`), body, { ...JSON_HEADERS, 'x-request-id': 'r-1' });
    expect(answer).toMatchObject({ status: 200, statusText: 'OK', contentType: 'application/json; charset=utf-8' });
    const echoed = JSON.parse(answer.body);
    expect(echoed).toMatchObject({ method: 'POST', url: '/graphql?x=1', body });
    expect(echoed.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'r-1', 'content-length': String(Buffer.byteLength(body)) });
  });

  it('reuses connections: 200 requests, 8 at a time, over at most 8 connections', async () => {
    const s = await subgraph(echo);
    const post = keepAlivePost({ timeoutMs: 5000 });
    const ports = new Set<number>();
    for (let round = 0; round < 25; round += 1) {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(new URL(s.url), `{"n":${round * 8 + i}}`, JSON_HEADERS)));
      answers.forEach((a, i) => {
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
    const answer = await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS);
    expect(JSON.parse(answer.body).text).toBe(text);
  });

  it('reads a large Content-Length body that arrives in many chunks', async () => {
    const text = '志愿服务'.repeat(200_000); // 2.4 MB
    const s = await subgraph((req, res) => {
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ text }));
    });
    const answer = await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS);
    expect(JSON.parse(answer.body).text).toBe(text);
  });

  it('returns an error status with its standard text', async () => {
    const s = await subgraph((req, res) => {
      req.resume();
      res.statusCode = 500;
      res.end('boom');
    });
    expect(await keepAlivePost({ timeoutMs: 5000 })(new URL(s.url), '{}', JSON_HEADERS)).toMatchObject({ status: 500, statusText: 'Internal Server Error', body: 'boom' });
  });

  it('reads a body that ends with the connection, and one after a 100 Continue', async () => {
    const closing = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nuntil the end'));
    expect(await keepAlivePost({ timeoutMs: 5000 })(new URL(closing), '{}', JSON_HEADERS)).toMatchObject({ status: 200, body: 'until the end' });
    const continued = await rawServer((socket) => socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
    expect((await keepAlivePost({ timeoutMs: 5000 })(new URL(continued), '{}', JSON_HEADERS)).body).toBe('ok');
  });

  it('does not reuse a connection the server closes after its answer', async () => {
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
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL(url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });
});

describe('when a subgraph fails', () => {
  it("keeps Node's code for a refused connection", async () => {
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL('http://127.0.0.1:9/graphql'), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('reports a connection lost mid-answer as ECONNRESET', async () => {
    const url = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"data":');
      setTimeout(() => socket.destroy(), 20);
    });
    await expect(keepAlivePost({ timeoutMs: 5000 })(new URL(url), '{}', JSON_HEADERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('aborts a request that gets no complete answer within the deadline, and one still waiting for a connection', async () => {
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
