import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '@civic/gateway';
import type { BenchSecrets } from '../bench/bench-secrets';
import { freePort } from '../bench/free-port';
import { BenchProcess, waitHealthy } from './bench-process';
import { peerGatewayBin, writePeerGatewayFiles } from './peer-gateway';

export interface PlatformOptions {
  repoRoot: string;
  databaseUrl: string;
  secrets: BenchSecrets;
  /** Start the peer gateway too. */
  peer: boolean;
}

export interface RunningPlatform {
  gatewayUrl: string;
  peerUrl: string | null;
  subgraphUrls: Record<string, string>;
  /** Loopback endpoints that report each subgraph's SQL statement count. */
  metricsUrls: Record<string, string>;
  processes: BenchProcess[];
  logDir: string;
  stop(): Promise<void>;
}

/**
 * The platform in production mode (NODE_ENV=production, throwaway secrets, rate limit off, cost
 * limit raised for page size 100): the five subgraphs as separate processes, our gateway, and the
 * peer gateway over the same subgraphs.
 */
export async function launchPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const logDir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const { secrets } = options;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    INTERNAL_AUTH_SECRET: secrets.internalSecret,
    JWT_SECRET: secrets.jwtSecret,
    PII_ENCRYPTION_KEY: secrets.piiEncryptionKey,
    PII_HASH_KEY: secrets.piiHashKey,
    MIGRATE_ON_START: 'false',
  };
  const processes: BenchProcess[] = [];
  const nodeFlags = cpuProfileFlags();
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const metricsUrls: Record<string, string> = {};
    const launcher = join(__dirname, 'subgraph-process.js');
    for (const s of SUBGRAPHS) {
      const port = await freePort();
      const metricsPort = await freePort();
      subgraphUrls[s.name] = `http://127.0.0.1:${port}/graphql`;
      metricsUrls[s.name] = `http://127.0.0.1:${metricsPort}/`;
      processes.push(
        new BenchProcess(
          s.name,
          process.execPath,
          [...nodeFlags, launcher, s.name],
          { ...env, PORT: String(port), BENCH_METRICS_PORT: String(metricsPort) },
          logDir,
        ),
      );
    }
    await Promise.all(SUBGRAPHS.map((s, i) => waitHealthy(processes[i], subgraphUrls[s.name].replace('/graphql', '/health'), 60_000)));

    const gatewayPort = await freePort();
    const gateway = new BenchProcess(
      'gateway',
      process.execPath,
      [...nodeFlags, join(options.repoRoot, 'apps', 'gateway', 'dist', 'main.js')],
      {
        ...env,
        PORT: String(gatewayPort),
        GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
        GATEWAY_MAX_COST: '1000000',
        ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, subgraphUrls[s.name]])),
      },
      logDir,
    );
    processes.push(gateway);
    await waitHealthy(gateway, `http://127.0.0.1:${gatewayPort}/health`, 60_000);

    let peerUrl: string | null = null;
    if (options.peer) {
      const peerPort = await freePort();
      const files = writePeerGatewayFiles(logDir, join(options.repoRoot, 'supergraph', 'supergraph.graphql'), subgraphUrls);
      const peer = new BenchProcess(
        'peer-gateway',
        process.execPath,
        [
          ...nodeFlags,
          peerGatewayBin(),
          'supergraph',
          files.supergraph,
          '--port',
          String(peerPort),
          '--host',
          '127.0.0.1',
          '--config-path',
          files.config,
          '--fork',
          '1',
        ],
        { ...env },
        logDir,
        logDir,
      );
      processes.push(peer);
      await waitHealthy(peer, `http://127.0.0.1:${peerPort}/healthcheck`, 60_000);
      peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
    }
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, peerUrl, subgraphUrls, metricsUrls, processes, logDir, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** BENCH_CPU_PROFILE_DIR=dir: every process the bench starts writes a V8 CPU profile there when it stops (for where the CPU goes). */
function cpuProfileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}
