import { sendJson, type Route } from '@civic/runtime';
import { subgraphReadiness } from './subgraph-readiness';

/**
 * The gateway's health endpoints:
 *   GET /health/live       the process is up and answering
 *   GET /health/ready      it can serve: it is listening with its supergraph loaded. A subgraph that is
 *                          down does not make it unready: the gateway still answers every field the
 *                          other subgraphs own, and a load balancer that dropped every replica at once
 *                          would take the whole API down for one subgraph
 *   GET /health            the same as ready (the launcher and existing monitors use it)
 *   GET /health/subgraphs  each subgraph's /health/ready: 200 when all are ready, 503 naming those that are not
 */
export function gatewayHealthRoutes(subgraphUrls: Record<string, string>): Record<string, Route> {
  const ready: Route = (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' });
  return {
    'GET /health': ready,
    'GET /health/ready': ready,
    'GET /health/live': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
    'GET /health/subgraphs': async (_req, res) => {
      const readiness = await subgraphReadiness(subgraphUrls);
      const allReady = Object.values(readiness).every(Boolean);
      const subgraphs = Object.fromEntries(Object.entries(readiness).map(([name, ok]) => [name, ok ? 'ready' : 'unavailable']));
      sendJson(res, allReady ? 200 : 503, { status: allReady ? 'ok' : 'degraded', service: 'gateway', subgraphs });
    },
  };
}
