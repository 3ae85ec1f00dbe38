import { intFromEnv, lifecycleLogger } from '@civic/runtime';
import { gatewayLogger } from './observability/gateway-logger';
import { startGateway } from './server';
import { subgraphUrlsFromEnv } from './subgraphs';

async function main(): Promise<void> {
  const gateway = await startGateway({ port: intFromEnv('PORT', 4000), subgraphUrls: subgraphUrlsFromEnv() });
  const lifecycle = lifecycleLogger(gatewayLogger());
  lifecycle.info(`gateway ready at ${gateway.url}`);
  let stopping = false;
  // Stops accepting connections, lets in-flight requests finish (up to SHUTDOWN_DRAIN_MS), then exits.
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    lifecycle.info('gateway stopping');
    try {
      await gateway.stop();
      process.exit(0);
    } catch (err) {
      gatewayLogger().error({ err }, 'gateway: stopping failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  gatewayLogger().fatal(`gateway: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
