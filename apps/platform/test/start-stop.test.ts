import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, postGraphQL } from '@civic/testing';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

interface Launch {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function launch(env: NodeJS.ProcessEnv): Launch {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output, exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

async function portsEnv() {
  const [gateway, org, volunteers, campaigns, training, workspace, community, assessment, pg] = await Promise.all(
    Array.from({ length: 9 }, freePort),
  );
  return {
    ports: { gateway, org, volunteers, campaigns, training, workspace, community, assessment, pg },
    env: {
      GATEWAY_PORT: String(gateway),
      ORG_PORT: String(org),
      VOLUNTEERS_PORT: String(volunteers),
      CAMPAIGNS_PORT: String(campaigns),
      TRAINING_PORT: String(training),
      WORKSPACE_PORT: String(workspace),
      COMMUNITY_PORT: String(community),
      ASSESSMENT_PORT: String(assessment),
      EMBEDDED_PG_PORT: String(pg),
    },
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function processesUsing(dataDir: string): string {
  try {
    return execFileSync('pgrep', ['-af', '--', dataDir], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

describe('npm start (the platform launcher)', () => {
  it('brings up the whole platform on an embedded PostgreSQL and stops it all on Ctrl-C', async () => {
    const { ports, env } = await portsEnv();
    const dataDir = join(mkdtempSync(join(tmpdir(), 'civic-start-')), 'pg');
    const { DATABASE_URL: _unset, ...base } = process.env;
    const run = launch({ ...base, ...env, PG_DATA_DIR: dataDir });

    const gatewayUp = await until(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${ports.gateway}/health`)).status === 200;
      } catch {
        return false;
      }
    }, 120000);
    expect({ gatewayUp, output: gatewayUp ? '' : run.output() }).toEqual({ gatewayUp: true, output: '' });

    const res = await postGraphQL<Record<string, any>>(
      `http://127.0.0.1:${ports.gateway}/graphql`,
      `{ orgUnits(first: 5) { totalCount edges { node { name volunteerStats(scope: SUBTREE) { volunteerCount } campaignStats(scope: SUBTREE) { eventCount } trainingPrograms { title } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnits.edges[0].node.volunteerStats.volunteerCount).toBeGreaterThan(0);
    expect(processesUsing(dataDir)).not.toBe('');

    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(processesUsing(dataDir)).toBe('');
    for (const port of Object.values(ports)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  }, 180000);

  it('refuses to start when a port is taken, naming the service and port', async () => {
    const { ports, env } = await portsEnv();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports.volunteers, resolve));
    try {
      const run = launch({ ...process.env, ...env });
      expect(await run.exit).not.toBe(0);
      expect(run.output()).toContain(`volunteers subgraph: port ${ports.volunteers} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('fails within 15 s with one line naming the host when DATABASE_URL is unreachable', async () => {
    const { env } = await portsEnv();
    const started = Date.now();
    const run = launch({ ...process.env, ...env, DATABASE_URL: 'postgres://postgres:pw@127.0.0.1:1/civic' });
    expect(await run.exit).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(15000);
    expect(run.output()).toContain('cannot reach PostgreSQL at 127.0.0.1:1/civic: connection refused');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
