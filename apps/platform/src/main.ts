import { join } from 'node:path';
import { ensureDatabase, type DatabaseHandle } from '@civic/dev-database';
import { createLogger, lifecycleLogger, type LoggerOptions } from '@civic/runtime';
import { describeDatabase } from '@civic/subgraph-kit';
import { SUBGRAPHS } from '@civic/gateway';
import { loadLauncherConfiguration, type LauncherConfig } from './config/launcher-configuration';
import { printDemoTokens } from './demo-tokens';
import { launcherLogDestination, launcherOutputs } from './log-output';
import { assertPortFree } from './port-check';
import { ProcessGroup } from './process-group';
import { waitHealthy } from './wait-healthy';

const GATEWAY_SCRIPT = join(__dirname, '..', '..', 'gateway', 'dist', 'main.js');

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data once, the five
 * subgraphs and the gateway as separate processes. Ctrl-C stops all of them and the database.
 * Its own log lines (service "platform") and the children's, which it relays, are JSON lines, or
 * readable lines on a terminal outside production (the children write to pipes, so the launcher
 * formats for them). It reads its settings once, first: a bad one, or in production a development
 * secret of any service, stops it before it starts anything. In production it loads no demo data
 * unless SEED_DEMO=true.
 */
async function main(): Promise<void> {
  const outputs = launcherOutputs();
  const readable = outputs.out.readable || outputs.err.readable;
  const destination: LoggerOptions = readable ? { destination: launcherLogDestination(outputs, 'platform') } : {};
  let config: LauncherConfig;
  try {
    config = loadLauncherConfiguration();
  } catch (err) {
    createLogger('platform', { ...destination, level: 'info' }).fatal(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
  const logger = lifecycleLogger(createLogger('platform', { ...destination, level: config.logLevel, production: config.production }));
  const log = (line: string) => logger.info(line);
  const processes = new ProcessGroup(outputs, config.shutdownDrainMs);
  let database: DatabaseHandle | undefined;
  let stopping = false;

  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await processes.stopAll();
    await database?.stop();
    log('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const { gatewayPort, subgraphPorts: ports } = config;
    await assertPortFree('gateway', gatewayPort);
    for (const s of SUBGRAPHS) await assertPortFree(`${s.name} subgraph`, ports[s.name]);

    database = await ensureDatabase(log, config);
    if (stopping) return;
    log(`database: ${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'} at ${describeDatabase(database.url)}`);
    const env = { ...process.env, DATABASE_URL: database.url };

    const seed = config.seedDemo ?? !config.production;
    for (const s of SUBGRAPHS) {
      if (stopping) return;
      await processes.run(s.name, cliOf(s.packageDir), [seed ? 'seed' : 'migrate'], env);
    }

    for (const s of SUBGRAPHS) {
      processes.start(s.name, cliOf(s.packageDir), ['serve'], { ...env, PORT: String(ports[s.name]), MIGRATE_ON_START: 'false' });
    }
    await Promise.all(SUBGRAPHS.map((s) => waitHealthy(s.name, `http://127.0.0.1:${ports[s.name]}/health`, 30000, () => stopping)));
    if (stopping) return;

    const subgraphEnv = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, `http://127.0.0.1:${ports[s.name]}/graphql`]));
    processes.start('gateway', GATEWAY_SCRIPT, [], { ...env, ...subgraphEnv, PORT: String(gatewayPort) });
    await waitHealthy('gateway', `http://127.0.0.1:${gatewayPort}/health`, 30000, () => stopping);
    if (stopping) return;

    log(`console:      http://localhost:${gatewayPort}/console (工作台)`);
    log(`GraphQL API:  http://localhost:${gatewayPort}/graphql`);
    log(`health:       http://localhost:${gatewayPort}/health/subgraphs (each subgraph; /health/ready for a load balancer)`);
    for (const s of SUBGRAPHS) log(`${s.name.padEnd(11)} subgraph: http://localhost:${ports[s.name]}/graphql`);
    if (!config.production) await printDemoTokens(log, config.jwtSecret);
    log('press Ctrl-C to stop everything');

    const exited = await processes.firstExit();
    if (!stopping) {
      log(`${exited.name} exited unexpectedly`);
      await stop(1);
    }
  } catch (err) {
    if (stopping) return;
    logger.fatal(err instanceof Error ? err.message : String(err));
    await stop(1);
  }
}

function cliOf(packageDir: string): string {
  return join(packageDir, 'dist', 'cli.js');
}

void main();
