import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, startChildService, testDatabaseUrl, type ChildService } from '@civic/kernel/testing';
import { startGateway, SUBGRAPHS, type GatewayOptions, type RunningGateway } from '../../src';

const run = promisify(execFile);

export interface TestPlatform {
  gateway: RunningGateway;
  subgraphs: Record<string, { url: string; port: number; service: ChildService }>;
  /** Starts (again) one subgraph on its original port, e.g. after a test stopped it. */
  restart(name: string): Promise<void>;
  /** Another gateway in front of the same subgraphs (URLs may be replaced), with other settings; the test stops it. */
  startGateway(overrides?: Partial<GatewayOptions>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * The whole platform as in production: each subgraph its own OS process (built dist) on a free
 * port, migrated and seeded into the test database (or the one given), with the gateway in front.
 */
export async function startTestPlatform(options: { databaseUrl?: string; gateway?: Partial<GatewayOptions> } = {}): Promise<TestPlatform> {
  const env = { ...process.env, DATABASE_URL: options.databaseUrl ?? testDatabaseUrl(), MIGRATE_ON_START: 'false' };
  for (const s of SUBGRAPHS) await run(process.execPath, [cli(s.packageDir), 'seed'], { env });

  const subgraphs: TestPlatform['subgraphs'] = {};
  const launch = async (name: string, port: number) => {
    const s = SUBGRAPHS.find((x) => x.name === name)!;
    const service = await startChildService(process.execPath, [cli(s.packageDir), 'serve'], {
      env: { ...env, PORT: String(port) },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    subgraphs[name] = { url: `http://127.0.0.1:${port}/graphql`, port, service };
  };
  await Promise.all(SUBGRAPHS.map(async (s) => launch(s.name, await freePort())));
  const subgraphUrls = () => Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  const startTestGateway = (overrides: Partial<GatewayOptions>) =>
    startGateway({
      port: 0,
      ...overrides,
      subgraphUrls: { ...subgraphUrls(), ...overrides.subgraphUrls },
      // Each test gateway counts on its own, also when REDIS_URL makes them share a Redis.
      rateLimit: { keyPrefix: `test:${randomUUID()}:`, ...overrides.rateLimit },
    });
  const gateway = await startTestGateway(options.gateway ?? {});
  return {
    gateway,
    subgraphs,
    restart: (name) => launch(name, subgraphs[name].port),
    startGateway: (overrides = {}) => startTestGateway(overrides),
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.service.stop()));
    },
  };
}

function cli(packageDir: string): string {
  return join(packageDir, 'dist', 'cli.js');
}
