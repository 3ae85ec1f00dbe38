import type { ServerResponse } from 'node:http';
import { isHealthy, sendJson, type Route } from '@civic/kernel';
import { sendGatewayHealth } from '../health';

const SUBGRAPH_CHECK_TIMEOUT_MS = 2000;

/**
 * The gateway's health endpoints:
 *   GET /health/live   the process is up and answering
 *   GET /health/ready  it can serve: every subgraph's /health/ready answers 200 (503 names the ones that don't)
 *   GET /health        as before: every subgraph's /health
 */
export function gatewayHealthRoutes(subgraphUrls: Record<string, string>): Record<string, Route> {
  return {
    'GET /health': (_req, res) => sendGatewayHealth(res, subgraphUrls),
    'GET /health/ready': (_req, res) => sendGatewayReadiness(res, subgraphUrls),
    'GET /health/live': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
  };
}

async function sendGatewayReadiness(res: ServerResponse, subgraphUrls: Record<string, string>): Promise<void> {
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(
      async ([name, url]) => [name, await isHealthy(url.replace(/\/graphql\/?$/, '/health/ready'), SUBGRAPH_CHECK_TIMEOUT_MS)] as const,
    ),
  );
  const ready = checks.every(([, ok]) => ok);
  const subgraphs = Object.fromEntries(checks.map(([name, ok]) => [name, ok ? 'ready' : 'unavailable']));
  sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', service: 'gateway', subgraphs });
}
