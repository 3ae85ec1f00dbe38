import { randomUUID } from 'node:crypto';
import { testRunConfiguration } from '@civic/testing';
import { startGateway, SUBGRAPHS, type GatewayOptions, type RunningGateway } from '../../src';
import { sharedSubgraphs, startSubgraphProcess, type OwnTestSubgraph, type SubgraphName, type TestSubgraph } from './subgraph-processes';

export interface TestPlatform {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, TestSubgraph>;
  /** Stops one of the suite's own subgraphs (see `own`), e.g. to see the gateway without it. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts one of the suite's own subgraphs again, on its original port. */
  restart(name: SubgraphName): Promise<void>;
  /** Whether one of the suite's own subgraphs is running. */
  isRunning(name: SubgraphName): boolean;
  /** Another gateway in front of the same subgraphs (URLs may be replaced), with other settings; the test stops it. */
  startGateway(overrides?: Partial<GatewayOptions>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

export interface TestPlatformOptions {
  /**
   * A database of the suite's own (e.g. `createScratchDatabase()`, a copy of the seeded demo data),
   * for suites whose writes must not change what the others see: every subgraph is then the suite's own.
   */
  databaseUrl?: string;
  /** Subgraphs the suite starts for itself over the run's database, e.g. to stop one; the rest are the run's shared ones. */
  own?: SubgraphName[];
  gateway?: Partial<GatewayOptions>;
}

/**
 * The platform as in production, each subgraph its own OS process, with a gateway in front,
 * in-process. By default the subgraphs are the ones the global setup started once for every suite
 * (over the run's seeded database); only what `options` asks for is started for this suite.
 */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const shared = sharedSubgraphs();
  const ownNames = options.databaseUrl ? SUBGRAPHS.map((s) => s.name) : (options.own ?? []);
  const databaseUrl = options.databaseUrl ?? testRunConfiguration.load().testDatabaseUrl!;
  const own = new Map<SubgraphName, OwnTestSubgraph>();
  const subgraphs = { ...shared };
  const launch = async (name: SubgraphName, port?: number) => {
    const started = await startSubgraphProcess(name, databaseUrl, port);
    own.set(name, started);
    subgraphs[name] = started;
  };
  const ownOne = (name: SubgraphName): OwnTestSubgraph => {
    const found = own.get(name);
    if (!found) throw new Error(`${name} is the run's shared subgraph: start the platform with { own: ['${name}'] } to stop or restart it`);
    return found;
  };
  const stopOwn = () => Promise.all([...own.values()].map((s) => s.service.stop()));
  try {
    await Promise.all(ownNames.map((name) => launch(name)));
  } catch (err) {
    await stopOwn();
    throw err;
  }

  const subgraphUrls = () => Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  const startTestGateway = (overrides: Partial<GatewayOptions>) =>
    startGateway({
      port: 0,
      ...overrides,
      subgraphUrls: { ...subgraphUrls(), ...overrides.subgraphUrls },
      // Each test gateway counts on its own, also when REDIS_URL makes them share a Redis.
      rateLimit: { keyPrefix: `test:${randomUUID()}:`, ...overrides.rateLimit },
    });
  const gateway = await startTestGateway(options.gateway ?? {}).catch(async (err: unknown) => {
    await stopOwn();
    throw err;
  });
  return {
    gateway,
    subgraphs,
    stopSubgraph: (name) => ownOne(name).service.stop(),
    restart: (name) => launch(name, ownOne(name).port),
    isRunning: (name) => !ownOne(name).service.stopped,
    startGateway: (overrides = {}) => startTestGateway(overrides),
    stop: async () => {
      await gateway.stop();
      await stopOwn();
    },
  };
}
