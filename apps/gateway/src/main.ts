import { lifecycleLogger } from '@civic/runtime';
import { GATEWAY_DEFAULT_PORT, loadGatewayConfiguration } from './config/gateway-configuration';
import { gatewayLogger } from './observability/gateway-logger';
import { startGateway } from './server';

async function main(): Promise<void> {
  const config = loadGatewayConfiguration();
  const gateway = await startGateway({
    port: config.port ?? GATEWAY_DEFAULT_PORT,
    subgraphUrls: config.subgraphUrls,
    configuration: config,
  });
  const lifecycle = lifecycleLogger(gatewayLogger(config));
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
