import type { IncomingMessage, ServerResponse } from 'node:http';
import { startGateway, type RunningGateway } from '../src';
import { startFakeSubgraph, type FakeSubgraph } from './support/fake-subgraph';
import { postJson, type RawResponse } from './support/http';
import { sample } from './support/metrics';
import { startRawHttpServer } from './support/raw-http-server';

/**
 * A subgraph whose response is far larger than any real one (a runaway list, a bug, a compromised
 * service) costs the client an error on its fields, not the gateway's memory; one that does not
 * speak HTTP properly is refused, not guessed at. The gateway runs in this process, so its RSS is
 * the test's.
 */
const QUERY = `{ campaigns(first: 1) { totalCount } }`;
const HUGE_BYTES = 100 * 1024 * 1024;
const DEFAULT_LIMIT = 32 * 1024 * 1024;
const MB = 1024 * 1024;

type Mode = 'small' | 'huge with content-length' | 'huge chunked' | 'over a small limit';
let mode: Mode = 'small';
/** Bytes the fake subgraph wrote of its last huge response before the gateway hung up. */
let written: Promise<number> = Promise.resolve(0);

/** Writes `total` bytes as fast as the gateway reads them, no faster (so the fake itself holds little); stops when the gateway hangs up. */
async function stream(res: ServerResponse, total: number): Promise<number> {
  const unit = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  while (sent < total && !res.destroyed) {
    sent += unit.length;
    if (!res.write(unit)) await drainedOrClosed(res);
  }
  if (!res.destroyed) res.end();
  return sent;
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function respond(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  res.setHeader('content-type', 'application/json');
  if (mode === 'small') return void res.end(JSON.stringify({ data: { campaigns: { totalCount: 7 } } }));
  if (mode === 'over a small limit')
    return void res.end(JSON.stringify({ data: { campaigns: { totalCount: 7 } }, padding: 'x'.repeat(2000) }));
  if (mode === 'huge with content-length') res.setHeader('content-length', HUGE_BYTES);
  written = stream(res, HUGE_BYTES);
}

function captureWarnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const spies = (['log', 'warn', 'error'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(String(args[0]))),
  );
  return { lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

let fake: FakeSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  fake = await startFakeSubgraph(respond);
  gateway = await startGateway({ port: 0, subgraphUrls: { campaigns: fake.url } });
});
afterAll(async () => {
  await gateway?.stop();
  await fake?.stop();
});

describe.each(['huge with content-length', 'huge chunked'] as const)('a subgraph answering 100 MB, %s', (huge) => {
  it('costs the client a coded error on its fields, and the gateway less than 50 MB of memory', async () => {
    mode = 'small';
    expect((await postJson(gateway.url, { query: QUERY })).json).toEqual({ data: { campaigns: { totalCount: 7 } } });
    const rssBefore = process.memoryUsage().rss;
    mode = huge;
    const logs = captureWarnings();
    let res: RawResponse;
    try {
      res = await postJson(gateway.url, { query: QUERY });
    } finally {
      logs.restore();
    }
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    expect(res.status).toBe(200);
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        message: `the campaigns service's response is larger than ${DEFAULT_LIMIT} bytes`,
        path: ['campaigns'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_RESPONSE_TOO_LARGE' }),
      }),
    ]);
    expect(rssGrowth).toBeLessThan(50 * MB);
    // The gateway hung up instead of reading on: the subgraph could not send its whole response.
    expect(await written).toBeLessThan(HUGE_BYTES);
    const logged = logs.lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'subgraph response too large');
    expect(logged).toMatchObject({
      level: 'warn',
      subgraph: 'campaigns',
      code: 'ERR_RESPONSE_TOO_LARGE',
      maxResponseBytes: DEFAULT_LIMIT,
      requestId: res.headers.get('x-request-id'),
    });

    mode = 'small';
    expect((await postJson(gateway.url, { query: QUERY })).json).toEqual({ data: { campaigns: { totalCount: 7 } } });
  });
});

describe('the limit', () => {
  afterEach(() => {
    delete process.env.GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES;
  });

  it('is 32 MiB unless GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES says otherwise', async () => {
    expect(gateway.settings.subgraphMaxResponseBytes).toBe(DEFAULT_LIMIT);
    process.env.GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES = '1000';
    const strict = await startGateway({ port: 0, subgraphUrls: { campaigns: fake.url } });
    const logs = captureWarnings();
    try {
      expect(strict.settings.subgraphMaxResponseBytes).toBe(1000);
      mode = 'small';
      expect((await postJson(strict.url, { query: QUERY })).json.data).toEqual({ campaigns: { totalCount: 7 } });
      mode = 'over a small limit';
      const res = await postJson(strict.url, { query: QUERY });
      expect(res.json.errors[0]).toMatchObject({
        message: "the campaigns service's response is larger than 1000 bytes",
        extensions: { code: 'SUBGRAPH_RESPONSE_TOO_LARGE' },
      });
      const metrics = await (await fetch(strict.url.replace('/graphql', '/metrics'))).text();
      expect(sample(metrics, 'civic_gateway_subgraph_requests_total', { subgraph: 'campaigns', outcome: 'too_large' })).toBe(1);
    } finally {
      logs.restore();
      await strict.stop();
    }
  });

  it('must be a positive integer', async () => {
    process.env.GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES = '0';
    await expect(startGateway({ port: 0, subgraphUrls: {} })).rejects.toThrow(
      'GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES must be a positive integer, got "0"',
    );
    process.env.GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES = '32MB';
    await expect(startGateway({ port: 0, subgraphUrls: {} })).rejects.toThrow(
      'GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES must be a positive integer, got "32MB"',
    );
    delete process.env.GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES;
    await expect(startGateway({ port: 0, subgraphUrls: {}, subgraphMaxResponseBytes: 0 })).rejects.toThrow(
      'gateway setting subgraphMaxResponseBytes must be a positive integer, got 0',
    );
  });
});

describe('a subgraph answering malformed HTTP', () => {
  it('is refused: the client hears the subgraph is unavailable, the log says what was wrong', async () => {
    // Content-Length beside chunked: the framing a response-splitting attack relies on.
    const raw = await startRawHttpServer((socket) =>
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{"da"\r\n0\r\n\r\n',
      ),
    );
    const broken = await startGateway({ port: 0, subgraphUrls: { campaigns: raw.url } });
    const logs = captureWarnings();
    let res: RawResponse;
    try {
      res = await postJson(broken.url, { query: QUERY });
    } finally {
      logs.restore();
      await broken.stop();
      await raw.stop();
    }
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        message: 'the campaigns service is unavailable',
        path: ['campaigns'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
      }),
    ]);
    const logged = logs.lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'subgraph answered malformed HTTP');
    expect(logged).toMatchObject({
      level: 'warn',
      subgraph: 'campaigns',
      code: 'HPE_UNEXPECTED_CONTENT_LENGTH',
      requestId: res.headers.get('x-request-id'),
    });
  });
});
