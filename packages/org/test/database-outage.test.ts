import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  freePort,
  postGraphQL,
  startChildService,
  startTcpProxy,
  testDatabaseUrl,
  urlTarget,
  urlThroughProxy,
  type ChildService,
  type TcpProxy,
} from '@civic/testing';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const CENTER = `{ orgUnitByCode(code: "513426-ZX") { name } }`;

let proxy: TcpProxy;
let org: ChildService;
let graphqlUrl: string;
let healthUrl: string;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [CLI, 'seed'], { env: { ...process.env, DATABASE_URL: testDatabaseUrl() } });
  proxy = await startTcpProxy(urlTarget(testDatabaseUrl()));
  const port = await freePort();
  graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  healthUrl = `http://127.0.0.1:${port}/health`;
  org = await startChildService(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: urlThroughProxy(testDatabaseUrl(), proxy), PORT: String(port), MIGRATE_ON_START: 'false' },
    healthUrl,
  });
}, 120000);
afterAll(async () => {
  await org?.stop();
  await proxy?.close();
});

const centerName = async () =>
  (await postGraphQL<{ orgUnitByCode: { name: string } | null }>(graphqlUrl, CENTER)).data?.orgUnitByCode?.name;

/** Calls `attempt` until it returns true; the elapsed milliseconds, or Infinity after `timeoutMs`. */
async function msUntil(attempt: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await attempt().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Infinity;
}

describe('the org subgraph when its database goes away and comes back', () => {
  it('answers quickly with SERVICE_UNAVAILABLE while the database is cut, then recovers without a restart', async () => {
    // Several requests at once leave several idle pooled connections, all of which die in the cut.
    const names = await Promise.all(Array.from({ length: 4 }, centerName));
    expect(names).toEqual(Array(4).fill('会东县新时代文明实践中心'));

    await proxy.cut();

    const started = Date.now();
    const down = await postGraphQL(graphqlUrl, CENTER);
    const msToError = Date.now() - started;
    expect(msToError).toBeLessThan(5000);
    expect(down.data?.orgUnitByCode ?? null).toBeNull();
    expect(down.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/database is unavailable/),
        path: ['orgUnitByCode'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(down)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|localhost|${proxy.port}|ECONN|SELECT|postgres`, 'i'));

    const healthStarted = Date.now();
    const health = await fetch(healthUrl);
    expect(Date.now() - healthStarted).toBeLessThan(5000);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', service: 'org', reason: 'database unreachable' });

    await proxy.restore();
    const msToRecover = await msUntil(async () => (await centerName()) === '会东县新时代文明实践中心', 15000);
    expect(msToRecover).toBeLessThan(15000);
    expect((await fetch(healthUrl)).status).toBe(200);
    expect(org.process.exitCode).toBeNull();
    console.log(`database outage: first error after ${msToError} ms, recovered ${msToRecover} ms after the database returned`);
  });

  it('survives a cut that happens while a request is running', async () => {
    const before = proxy.bytesForwarded;
    const inFlight = Promise.all(
      Array.from({ length: 8 }, () =>
        postGraphQL(graphqlUrl, `{ orgUnits(first: 100) { totalCount edges { node { name ancestors { name } } } } }`),
      ),
    );
    expect(await msUntil(async () => proxy.bytesForwarded > before, 5000)).toBeLessThan(5000);
    await proxy.cut();
    const responses = await inFlight;
    for (const res of responses) {
      if (res.errors) expect(res.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    await proxy.restore();
    expect(await msUntil(async () => (await centerName()) === '会东县新时代文明实践中心', 15000)).toBeLessThan(15000);
    expect(org.process.exitCode).toBeNull();
  });
});
