import { isHealthy, type ServiceMetrics } from '@civic/runtime';

const SUBGRAPH_CHECK_TIMEOUT_MS = 2000;

/** Each subgraph's `/health/ready`, asked at once: name → whether it answered 200 within 2 s. */
export async function subgraphReadiness(subgraphUrls: Record<string, string>): Promise<Record<string, boolean>> {
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(
      async ([name, url]) => [name, await isHealthy(url.replace(/\/graphql\/?$/, '/health/ready'), SUBGRAPH_CHECK_TIMEOUT_MS)] as const,
    ),
  );
  return Object.fromEntries(checks);
}

/** `civic_gateway_subgraph_ready{subgraph}`: 1 while a subgraph is ready, 0 while not; asked at each scrape. */
export function registerSubgraphReadinessGauge(metrics: ServiceMetrics, subgraphUrls: Record<string, string>): void {
  metrics.gauge({
    name: 'civic_gateway_subgraph_ready',
    help: 'Whether each subgraph answered its /health/ready with 200 within 2 s when metrics were scraped (1) or not (0)',
    labelNames: ['subgraph'],
    async collect() {
      for (const [subgraph, ready] of Object.entries(await subgraphReadiness(subgraphUrls))) this.set({ subgraph }, ready ? 1 : 0);
    },
  });
}
