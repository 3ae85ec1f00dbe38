import { postJson, type RawResponse } from './support/http';
import { hang, startFakeSubgraph, type FakeSubgraph } from './support/fake-subgraph';
import { startTestPlatform, type TestPlatform } from './support/platform';
import type { RunningGateway } from '../src';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ own: ['campaigns'] });
}, 180000);
afterAll(() => platform?.stop());

const ROOT_ON_CAMPAIGNS = `{ campaigns(first: 1) { totalCount } }`;
const MIXED = `{ orgUnits(first: 2) { totalCount edges { node { name campaignStats { eventCount } } } } }`;
const ORG_ONLY = `{ orgUnits(first: 2) { totalCount edges { node { name } } } }`;

/** Nothing in a response may point inside the platform: addresses, ports, stacks, SQL. */
function expectNoInternals(res: RawResponse, ports: number[]): void {
  for (const leak of [
    /127\.0\.0\.1/,
    /localhost/,
    /https?:\/\//,
    /ECONNREFUSED/,
    /\bstack/i,
    /node_modules/,
    /\bat \S+ \(/,
    /\bSELECT\b/i,
    /\bFROM\b/,
  ]) {
    expect(res.text).not.toMatch(leak);
  }
  for (const port of ports) expect(res.text).not.toContain(String(port));
}

function captureLogs(): { lines: () => string[]; restore: () => void } {
  const lines: string[] = [];
  const spies = (['log', 'warn', 'error'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(String(args[0]))),
  );
  return { lines: () => lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe('a subgraph that hangs', () => {
  let slow: FakeSubgraph;
  let gateway: RunningGateway;
  // Every subgraph of this gateway is held to it: long enough for the org subgraph on a loaded CI machine.
  const TIMEOUT_MS = 1000;

  beforeAll(async () => {
    slow = await startFakeSubgraph(hang);
    gateway = await platform.startGateway({ subgraphUrls: { campaigns: slow.url }, subgraphTimeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await gateway?.stop();
    await slow?.stop();
  });

  it('costs the client an error on the field, after the timeout, not a hang', async () => {
    const started = Date.now();
    const res = await postJson(gateway.url, { query: ROOT_ON_CAMPAIGNS });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2500);
    expect(res.status).toBe(200);
    expect(res.json.errors[0]).toMatchObject({
      message: `the campaigns service did not answer within ${TIMEOUT_MS} ms`,
      path: ['campaigns'],
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'campaigns' },
    });
    expect(slow.hits).toBeGreaterThan(0);
  });

  it('puts the error on the entities the slow subgraph was to complete', async () => {
    const started = Date.now();
    const res = await postJson(gateway.url, { query: MIXED });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2500);
    const timeouts = res.json.errors.filter((e: any) => e.extensions.code === 'SUBGRAPH_TIMEOUT');
    expect(timeouts.map((e: any) => e.path)).toEqual([
      ['orgUnits', 'edges', 0, 'node'],
      ['orgUnits', 'edges', 1, 'node'],
    ]);
  });

  it('leaves queries that do not need it untouched', async () => {
    const res = await postJson(gateway.url, { query: ORG_ONLY });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.orgUnits.edges).toHaveLength(2);
  });

  it('reads the timeout from GATEWAY_SUBGRAPH_TIMEOUT_MS (default 10 s)', async () => {
    expect(platform.gateway.settings.subgraphTimeoutMs).toBe(10_000);
    process.env.GATEWAY_SUBGRAPH_TIMEOUT_MS = '150';
    const fromEnv = await platform.startGateway({ subgraphUrls: { campaigns: slow.url } });
    delete process.env.GATEWAY_SUBGRAPH_TIMEOUT_MS;
    try {
      const res = await postJson(fromEnv.url, { query: ROOT_ON_CAMPAIGNS });
      expect(res.json.errors[0].message).toBe('the campaigns service did not answer within 150 ms');
    } finally {
      await fromEnv.stop();
    }
  });
});

describe('a subgraph that is down', () => {
  afterAll(async () => {
    if (!platform.isRunning('campaigns')) await platform.restart('campaigns');
  });

  it('is reported by name, never by address, and logged in full with the request id', async () => {
    await platform.stopSubgraph('campaigns');
    const logs = captureLogs();
    let res: RawResponse;
    let mixed: RawResponse;
    try {
      res = await postJson(platform.gateway.url, { query: ROOT_ON_CAMPAIGNS });
      mixed = await postJson(platform.gateway.url, { query: MIXED });
    } finally {
      logs.restore();
    }
    expect(res.json.errors[0]).toMatchObject({
      message: 'the campaigns service is unavailable',
      path: ['campaigns'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', requestId: res.headers.get('x-request-id') },
    });
    expect(mixed.json.errors.some((e: any) => e.extensions.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
    const ports = Object.values(platform.subgraphs).map((s) => s.port);
    expectNoInternals(res, ports);
    expectNoInternals(mixed, ports);
    const logged = logs.lines().find((line) => line.includes(`"requestId":"${res.headers.get('x-request-id')}"`));
    expect(logged).toBeDefined();
    expect(JSON.parse(logged!)).toMatchObject({
      level: 'warn',
      msg: 'subgraph unreachable',
      subgraph: 'campaigns',
      url: platform.subgraphs.campaigns.url,
    });
    expect(logged).toMatch(/ECONNREFUSED/);
  });
});

describe('a subgraph that answers with an internal error page', () => {
  it('is masked for the client and logged in full with the request id', async () => {
    const leaky = await startFakeSubgraph((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(
        'error: relation "secret" does not exist\nSELECT * FROM secret -- at db.internal:5432\n    at Query.run (/srv/app/node_modules/pg/lib/query.js:1:1)',
      );
    });
    const gateway = await platform.startGateway({ subgraphUrls: { campaigns: leaky.url } });
    const logs = captureLogs();
    let res: RawResponse;
    try {
      res = await postJson(gateway.url, { query: ROOT_ON_CAMPAIGNS });
    } finally {
      logs.restore();
      await gateway.stop();
      await leaky.stop();
    }
    expect(res.json.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') },
    });
    expectNoInternals(res, [Number(new URL(leaky.url).port)]);
    expect(res.text).not.toMatch(/secret|db\.internal/);
    const logged = logs.lines().filter((line) => line.includes(`"requestId":"${res.headers.get('x-request-id')}"`));
    expect(logged.join('\n')).toMatch(/500/);
  });
});

describe('a load balancer in front of a subgraph with no replica ready', () => {
  let balancer: FakeSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    balancer = await startFakeSubgraph((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n');
    });
    gateway = await platform.startGateway({ subgraphUrls: { campaigns: balancer.url } });
  });
  afterAll(async () => {
    await gateway?.stop();
    await balancer?.stop();
  });

  it('tells the client the subgraph is unavailable, on the fields and entities it was to answer', async () => {
    const root = await postJson(gateway.url, { query: ROOT_ON_CAMPAIGNS });
    expect(root.status).toBe(200);
    expect(root.json.errors).toEqual([
      expect.objectContaining({
        message: 'the campaigns service is unavailable',
        path: ['campaigns'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
      }),
    ]);
    const mixed = await postJson(gateway.url, { query: MIXED });
    expect(mixed.json.errors.map((e: any) => [e.extensions.code, e.path])).toEqual([
      ['SUBGRAPH_UNAVAILABLE', ['orgUnits', 'edges', 0, 'node']],
      ['SUBGRAPH_UNAVAILABLE', ['orgUnits', 'edges', 1, 'node']],
    ]);
    for (const res of [root, mixed]) expectNoInternals(res, [Number(new URL(balancer.url).port)]);
  });

  it('leaves queries that do not need it untouched', async () => {
    const res = await postJson(gateway.url, { query: ORG_ONLY });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.orgUnits.totalCount).toBeGreaterThan(0);
  });
});
