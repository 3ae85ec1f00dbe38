import { intFromEnv } from '@civic/kernel';
import { startGateway } from './server';
import { subgraphUrlsFromEnv } from './subgraphs';

async function main(): Promise<void> {
  const gateway = await startGateway({ port: intFromEnv('PORT', 4000), subgraphUrls: subgraphUrlsFromEnv() });
  console.log(`gateway ready at ${gateway.url}`);
  let stopping = false;
  // Stops accepting connections, lets in-flight requests finish (up to SHUTDOWN_DRAIN_MS), then exits.
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await gateway.stop();
      process.exit(0);
    } catch (err) {
      console.error(`gateway: stopping failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  console.error(`gateway: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
