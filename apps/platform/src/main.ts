import { join } from 'node:path';
import { ensureDatabase, type DatabaseHandle } from '@civic/dev-database';
import { boolFromEnv, createLogger, intFromEnv, internalSecretProblems, isProduction, lifecycleLogger } from '@civic/runtime';
import { describeDatabase, personalDataKeyProblems } from '@civic/subgraph-kit';
import { gatewaySecretProblems, SUBGRAPHS } from '@civic/gateway';
import { printDemoTokens } from './demo-tokens';
import { launcherLogDestination, launcherOutputs } from './log-output';
import { assertPortFree } from './port-check';
import { ProcessGroup } from './process-group';
import { waitHealthy } from './wait-healthy';

const GATEWAY_SCRIPT = join(__dirname, '..', '..', 'gateway', 'dist', 'main.js');

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data once, the four
 * subgraphs and the gateway as separate processes. Ctrl-C stops all of them and the database.
 * Its own log lines (service "platform") and the children's, which it relays, are JSON lines, or
 * readable lines on a terminal outside production (the children write to pipes, so the launcher
 * formats for them). In production it refuses development secrets before starting anything, and
 * loads no demo data unless SEED_DEMO=true.
 */
async function main(): Promise<void> {
  const outputs = launcherOutputs();
  const readable = outputs.out.readable || outputs.err.readable;
  const logger = lifecycleLogger(createLogger('platform', readable ? { destination: launcherLogDestination(outputs, 'platform') } : {}));
  const log = (line: string) => logger.info(line);
  const processes = new ProcessGroup(outputs);
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
    assertNoDevelopmentSecrets();
    const gatewayPort = intFromEnv('GATEWAY_PORT', 4000);
    const ports = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, intFromEnv(s.portEnv, s.defaultPort)]));
    await assertPortFree('gateway', gatewayPort);
    for (const s of SUBGRAPHS) await assertPortFree(`${s.name} subgraph`, ports[s.name]);

    database = await ensureDatabase(log);
    if (stopping) return;
    log(`database: ${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'} at ${describeDatabase(database.url)}`);
    const env = { ...process.env, DATABASE_URL: database.url };

    const seed = boolFromEnv('SEED_DEMO', !isProduction());
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

    log(`GraphQL API:  http://localhost:${gatewayPort}/graphql`);
    log(`health:       http://localhost:${gatewayPort}/health/subgraphs (each subgraph; /health/ready for a load balancer)`);
    for (const s of SUBGRAPHS) log(`${s.name.padEnd(11)} subgraph: http://localhost:${ports[s.name]}/graphql`);
    if (process.env.NODE_ENV !== 'production') await printDemoTokens(log);
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

/** Every production secret problem of the gateway and the subgraphs, at once, before anything starts. */
function assertNoDevelopmentSecrets(): void {
  const problems = [...new Set([...gatewaySecretProblems(), ...internalSecretProblems(), ...personalDataKeyProblems()])];
  if (problems.length > 0) throw new Error(`refusing to start: ${problems.join('; ')}`);
}

function cliOf(packageDir: string): string {
  return join(packageDir, 'dist', 'cli.js');
}

void main();
