import { orgSubgraph } from '@civic/org';
import { createLogger } from '@civic/runtime';
import { startSubgraph } from '@civic/subgraph-kit';
import { startTcpProxy, testDatabaseUrl, urlTarget, urlThroughProxy, type TcpProxy } from '@civic/testing';
import type { RunningGateway } from '../src';
import { gatewayLogger } from '../src/observability/gateway-logger';
import { postJson, send } from './support/http';
import { sample } from './support/metrics';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** Touches three subgraphs: the org directory, volunteer and campaign figures. */
const ACROSS = `query ObservedDirectory {
  orgUnits(first: 3) { edges { node { name volunteerStats(scope: SUBTREE) { volunteerCount } campaignStats(scope: SUBTREE) { eventCount } } } }
}`;

let platform: TestPlatform;

beforeAll(async () => {
  // Subgraph processes of its own that log every operation (info); the in-process gateway stays quiet.
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  try {
    platform = await startTestPlatform({
      own: ['org', 'volunteers', 'campaigns', 'training', 'workspace', 'community', 'assessment'],
      gateway: { logLevel: 'warn' },
    });
  } finally {
    process.env.LOG_LEVEL = previous;
  }
}, 180000);
afterAll(() => platform?.stop());

const logLines = (output: string): Record<string, unknown>[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('request ids across the platform', () => {
  it('carries the gateway request id to every subgraph call, into their log lines and back to the client', async () => {
    const res = await postJson(platform.gateway.url, { query: ACROSS }, { 'x-request-id': 'obs-trace-42' });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.headers.get('x-request-id')).toBe('obs-trace-42');

    for (const name of ['org', 'volunteers', 'campaigns'] as const) {
      const lines = logLines(platform.subgraphs[name].output()).filter((l) => l.requestId === 'obs-trace-42');
      expect({ name, lines }).toEqual({
        name,
        lines: expect.arrayContaining([
          expect.objectContaining({
            level: 'info',
            service: name,
            msg: 'graphql operation',
            outcome: 'ok',
            operation: expect.stringContaining('ObservedDirectory'),
          }),
        ]),
      });
    }
    // Not asked, so not called: no line with that id.
    for (const name of ['training', 'workspace', 'community', 'assessment'] as const) {
      expect(logLines(platform.subgraphs[name].output()).some((l) => l.requestId === 'obs-trace-42')).toBe(false);
    }
  });

  it("answers a subgraph's own caller with the id it was given", async () => {
    const res = await send(platform.subgraphs.org.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'direct-7' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('direct-7');
  });
});

describe('log levels', () => {
  it("a gateway started with its own level leaves the process logger's level alone", async () => {
    const before = gatewayLogger().level;
    const quiet = await platform.startGateway({ subgraphUrls: {}, logLevel: 'silent' });
    try {
      expect(gatewayLogger().level).toBe(before);
    } finally {
      await quiet.stop();
    }
  });
});

describe('/metrics', () => {
  it('counts gateway operations by name and outcome, errors by code, and times each subgraph', async () => {
    const before = await send(`${origin(platform.gateway)}/metrics`);
    const okBefore = sample(before.text, 'civic_graphql_operations_total', { operation: 'ObservedDirectory', outcome: 'ok' }) ?? 0;
    for (let i = 0; i < 3; i += 1) await postJson(platform.gateway.url, { query: ACROSS });
    await postJson(platform.gateway.url, { query: 'query Broken { noSuchField }' });

    const res = await send(`${origin(platform.gateway)}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(
      sample(text, 'civic_graphql_operations_total', { service: 'gateway', operation: 'ObservedDirectory', type: 'query', outcome: 'ok' }),
    ).toBe(okBefore + 3);
    expect(sample(text, 'civic_graphql_operation_duration_seconds_count', { operation: 'ObservedDirectory' })).toBeGreaterThanOrEqual(
      okBefore + 3,
    );
    expect(sample(text, 'civic_graphql_operations_total', { operation: 'Broken', outcome: 'error' })).toBe(1);
    expect(sample(text, 'civic_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['org', 'volunteers', 'campaigns']) {
      expect(sample(text, 'civic_gateway_subgraph_requests_total', { subgraph, outcome: 'ok' })).toBeGreaterThanOrEqual(3);
      expect(sample(text, 'civic_gateway_subgraph_request_duration_seconds_count', { subgraph })).toBeGreaterThanOrEqual(3);
    }
    expect(sample(text, 'civic_http_requests_total', { method: 'POST', path: '/graphql', status: '200' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);
  });

  it("shows a subgraph's operations, SQL statements and database pool", async () => {
    const url = `${origin(platform.subgraphs.volunteers)}/metrics`;
    const before = (await send(url)).text;
    await postJson(platform.gateway.url, { query: ACROSS });
    const text = (await send(url)).text;
    const statements = (t: string) => sample(t, 'civic_db_statements_total', { service: 'volunteers' }) ?? 0;
    expect(statements(text)).toBeGreaterThan(statements(before));
    expect(sample(text, 'civic_graphql_operations_total', { service: 'volunteers', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'civic_db_pool_size', { service: 'volunteers' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'civic_db_pool_idle', { service: 'volunteers' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'civic_db_pool_waiting', { service: 'volunteers' })).toBe(0);
    expect(sample(text, 'civic_db_pool_max', { service: 'volunteers' })).toBe(10);
  });
});

describe('liveness and readiness', () => {
  it('gateway: live and ready while a subgraph is down, which /health/subgraphs and the metrics name', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: platform.subgraphs.org.port });
    const gateway = await platform.startGateway({ subgraphUrls: { org: `http://127.0.0.1:${proxy.port}/graphql` }, logLevel: 'silent' });
    try {
      const base = origin(gateway);
      expect((await send(`${base}/health/live`)).status).toBe(200);
      expect((await send(`${base}/health/ready`)).status).toBe(200);
      const all = await send(`${base}/health/subgraphs`);
      expect(all.status).toBe(200);
      expect(all.json.subgraphs).toEqual({
        org: 'ready',
        volunteers: 'ready',
        campaigns: 'ready',
        training: 'ready',
        workspace: 'ready',
        community: 'ready',
        assessment: 'ready',
      });
      expect(sample(await metricsText(base), 'civic_gateway_subgraph_ready', { subgraph: 'org' })).toBe(1);

      await proxy.cut();
      expect((await send(`${base}/health/ready`)).status).toBe(200);
      expect((await send(`${base}/health`)).status).toBe(200);
      expect((await send(`${base}/health/live`)).status).toBe(200);
      const down = await send(`${base}/health/subgraphs`);
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ status: 'degraded', subgraphs: { org: 'unavailable', volunteers: 'ready' } });
      const text = await metricsText(base);
      expect(sample(text, 'civic_gateway_subgraph_ready', { subgraph: 'org' })).toBe(0);
      expect(sample(text, 'civic_gateway_subgraph_ready', { subgraph: 'volunteers' })).toBe(1);

      await proxy.restore();
      expect((await send(`${base}/health/subgraphs`)).status).toBe(200);
    } finally {
      await gateway.stop();
      await proxy.close();
    }
  });

  it('subgraph: live while the database is down, ready again when it is back', async () => {
    const proxy: TcpProxy = await startTcpProxy(urlTarget(testDatabaseUrl()));
    const logger = createLogger('org', { level: 'silent' });
    const org = await startSubgraph(orgSubgraph, {
      databaseUrl: urlThroughProxy(testDatabaseUrl(), proxy),
      port: 0,
      migrate: false,
      logger,
    });
    try {
      const base = origin(org);
      expect((await send(`${base}/health/ready`)).status).toBe(200);
      expect((await send(`${base}/health/live`)).json).toEqual({ status: 'ok', service: 'org' });

      await proxy.cut();
      const started = Date.now();
      const down = await send(`${base}/health/ready`);
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ status: 'unavailable', service: 'org' });
      expect(Date.now() - started).toBeLessThan(3000);
      expect((await send(`${base}/health/live`)).status).toBe(200);
      expect((await send(`${base}/health`)).status).toBe(503);

      await proxy.restore();
      expect((await send(`${base}/health/ready`)).status).toBe(200);
    } finally {
      await org.stop();
      await proxy.close();
    }
  });
});

function origin(service: { url: string } | RunningGateway): string {
  return service.url.replace(/\/graphql$/, '');
}

async function metricsText(base: string): Promise<string> {
  return (await send(`${base}/metrics`)).text;
}
