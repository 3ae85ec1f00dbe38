import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, startHeldRequest } from '@civic/testing';
import { SUBGRAPHS } from '../src';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

let gateway: ChildProcess | undefined;
afterEach(() => {
  if (gateway?.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
});

/** The gateway process alone; its subgraphs point at closed ports (`{ __typename }` needs none). */
async function startGatewayProcess(): Promise<{ port: number; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const subgraphUrls = Object.fromEntries(
    await Promise.all(SUBGRAPHS.map(async (s) => [s.urlEnv, `http://127.0.0.1:${await freePort()}/graphql`])),
  );
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...subgraphUrls, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 45000; // starts in ~4 s; far longer on a loaded CI machine
  while (!output.includes('gateway ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`gateway did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, child, output: () => output };
}

async function refusesConnections(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (err) {
    return (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

describe('the gateway told to stop (SIGTERM)', () => {
  it('refuses new connections at once, finishes the request in flight, then exits 0', async () => {
    const started = await startGatewayProcess();
    gateway = started.child;
    const inFlight = await startHeldRequest(`http://127.0.0.1:${started.port}/graphql`, JSON.stringify({ query: '{ __typename }' }));
    const exited = once(gateway, 'exit');

    gateway.kill('SIGTERM');

    let refused = false;
    for (const deadline = Date.now() + 5000; !refused && Date.now() < deadline;) refused = await refusesConnections(started.port);
    expect(refused).toBe(true);
    expect(gateway.exitCode).toBeNull();

    const response = await inFlight.finish();
    expect({ status: response.status, body: JSON.parse(response.body) }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(await exited).toEqual([0, null]);
  }, 90_000);
});
