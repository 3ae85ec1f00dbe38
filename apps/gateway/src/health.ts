import type { ServerResponse } from 'node:http';
import { isHealthy, sendJson } from '@civic/kernel';

/** 200 only when every subgraph's own /health answers 200 within the timeout. */
export async function sendGatewayHealth(res: ServerResponse, subgraphUrls: Record<string, string>): Promise<void> {
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => [name, await isHealthy(url.replace(/\/graphql\/?$/, '/health'), 2000)] as const),
  );
  const subgraphs = Object.fromEntries(checks.map(([name, ok]) => [name, ok ? 'ok' : 'unavailable']));
  const healthy = checks.every(([, ok]) => ok);
  sendJson(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', subgraphs });
}
