import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceMetrics } from './service-metrics';

/** `GET /metrics`: the service's metrics in Prometheus' text format. */
export function metricsRoute(metrics: ServiceMetrics) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { contentType, body } = await metrics.render();
    res.statusCode = 200;
    res.setHeader('content-type', contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  };
}
