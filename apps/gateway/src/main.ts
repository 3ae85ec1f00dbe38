import { intFromEnv } from '@civic/kernel';
import { startGateway } from './server';
import { subgraphUrlsFromEnv } from './subgraphs';

async function main(): Promise<void> {
  const gateway = await startGateway({ port: intFromEnv('PORT', 4000), subgraphUrls: subgraphUrlsFromEnv() });
  console.log(`gateway ready at ${gateway.url}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  console.error(`gateway: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
