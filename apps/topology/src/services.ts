import { execFile, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, SUBGRAPHS, type SubgraphInfo } from '@civic/gateway';
import { isHealthy } from '@civic/runtime';
import { BALANCED_VOLUNTEERS, GATEWAY_PORT } from './balancer';
import { MACHINES, spawnInMachine, type Machine } from './network';

const run = promisify(execFile);

/** A service of the topology, its own process on its machine. */
export interface Service {
  label: string;
  machine: Machine;
  healthUrl: string;
  process: ChildProcess;
  /** SIGKILL, as a machine that dies: no draining, connections cut. */
  kill(): Promise<void>;
}

function service(label: string, machine: Machine, healthUrl: string, child: ChildProcess): Service {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    label,
    machine,
    healthUrl,
    process: child,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export async function waitHealthy(services: Service[], timeoutMs = 90000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const s of services) {
    while (!(await isHealthy(s.healthUrl))) {
      if (s.process.exitCode !== null) throw new Error(`${s.label} exited with ${s.process.exitCode}; see its log`);
      if (Date.now() > deadline) throw new Error(`${s.label} not healthy within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const cliOf = (subgraph: SubgraphInfo) => join(subgraph.packageDir, 'dist', 'cli.js');

/** Migrates and loads the demo data, subgraph by subgraph in the platform's order, as `npm start` does. */
export async function seedDemo(databaseUrl: string): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    await run(process.execPath, [cliOf(subgraph), 'seed'], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' } });
  }
}

export function startRedis(folder: string): Service {
  const { address } = MACHINES.redis;
  const child = spawnInMachine(
    MACHINES.redis,
    'redis-server',
    ['--bind', address, '--port', '6379', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
    process.env,
    join(folder, 'redis.log'),
  );
  return service('redis', MACHINES.redis, '', child);
}

interface Databases {
  primaryUrl: string;
  replicaUrl: string;
}

function subgraphEnv(databases: Databases, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databases.primaryUrl,
    DATABASE_REPLICA_URLS: databases.replicaUrl,
    MIGRATE_ON_START: 'false',
    HOST: '0.0.0.0',
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
}

/** Every subgraph but volunteers on one machine; volunteers twice, on two machines of their own. */
export function startSubgraphs(databases: Databases, folder: string): { volunteers: Service[]; others: Service[] } {
  const start = (subgraph: SubgraphInfo, machine: Machine, label: string) =>
    service(
      label,
      machine,
      `http://${machine.address}:${subgraph.defaultPort}/health/ready`,
      spawnInMachine(
        machine,
        process.execPath,
        [cliOf(subgraph), 'serve'],
        subgraphEnv(databases, subgraph.defaultPort),
        join(folder, `${label}.log`),
      ),
    );
  const volunteers = SUBGRAPHS.find((s) => s.name === 'volunteers')!;
  return {
    volunteers: [start(volunteers, MACHINES.volunteers1, 'volunteers-1'), start(volunteers, MACHINES.volunteers2, 'volunteers-2')],
    others: SUBGRAPHS.filter((s) => s !== volunteers).map((s) => start(s, MACHINES.subgraphs, s.name)),
  };
}

/** A gateway on its machine: volunteers through the balancer, the others directly, the rate limit counted in Redis. */
export function startGatewayOn(machine: Machine, label: string, folder: string): Service {
  const urls = Object.fromEntries(
    SUBGRAPHS.map((s) => [
      s.urlEnv,
      s.name === 'volunteers' ? BALANCED_VOLUNTEERS : `http://${MACHINES.subgraphs.address}:${s.defaultPort}/graphql`,
    ]),
  );
  const env = {
    ...process.env,
    ...urls,
    HOST: '0.0.0.0',
    PORT: String(GATEWAY_PORT),
    REDIS_URL: `redis://${MACHINES.redis.address}:6379`,
    GATEWAY_RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
  };
  const main = join(REPO_ROOT, 'apps', 'gateway', 'dist', 'main.js');
  return service(
    label,
    machine,
    `http://${machine.address}:${GATEWAY_PORT}/health/ready`,
    spawnInMachine(machine, process.execPath, [main], env, join(folder, `${label}.log`)),
  );
}
