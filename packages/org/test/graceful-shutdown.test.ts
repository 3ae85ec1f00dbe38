import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { IDENTITY_HEADER, signIdentity } from '@civic/runtime';
import { freePort, startChildService, startHeldRequest, testDatabaseUrl, TEST_IDENTITY, type ChildService } from '@civic/testing';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const CENTER = JSON.stringify({ query: `{ orgUnitByCode(code: "513426-ZX") { name } }` });

let org: ChildService | undefined;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [CLI, 'seed'], { env: { ...process.env, DATABASE_URL: testDatabaseUrl() } });
}, 120000);
afterEach(() => org?.stop());

async function startOrg(env: Record<string, string> = {}): Promise<{ port: number; service: ChildService }> {
  const port = await freePort();
  const service = await startChildService(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), PORT: String(port), MIGRATE_ON_START: 'false', ...env },
    healthUrl: `http://127.0.0.1:${port}/health`,
  });
  return { port, service };
}

/** Whether a new TCP connection to the port is refused (the listener is closed). */
async function refusesConnections(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (err) {
    return (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

const identity = { [IDENTITY_HEADER]: signIdentity(TEST_IDENTITY) };

describe('a subgraph told to stop (SIGTERM)', () => {
  it('refuses new connections at once, finishes the request in flight, then exits 0', async () => {
    const started = await startOrg();
    org = started.service;
    const inFlight = await startHeldRequest(`http://127.0.0.1:${started.port}/graphql`, CENTER, identity);
    const exited = once(org.process, 'exit');

    org.process.kill('SIGTERM');

    expect(await eventually(() => refusesConnections(started.port), 5000)).toBe(true);
    expect(org.process.exitCode).toBeNull();

    const response = await inFlight.finish();
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { orgUnitByCode: { name: '会东县新时代文明实践中心' } } });
    expect(await exited).toEqual([0, null]);
  });

  it('gives up on a request that outlasts SHUTDOWN_DRAIN_MS and still exits 0', async () => {
    const started = await startOrg({ SHUTDOWN_DRAIN_MS: '300' });
    org = started.service;
    const stuck = await startHeldRequest(`http://127.0.0.1:${started.port}/graphql`, CENTER, identity);
    const exited = once(org.process, 'exit');
    const signalled = Date.now();

    org.process.kill('SIGTERM');

    expect(await exited).toEqual([0, null]);
    expect(Date.now() - signalled).toBeLessThan(5000);
    await expect(stuck.response).rejects.toThrow();
  });
});
