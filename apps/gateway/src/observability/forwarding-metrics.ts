import type { Counter, ServiceMetrics } from '@civic/runtime';

/** Operations the gateway sent straight to the one subgraph that answers them (SingleFetchGateway), by subgraph. */
export function registerForwardingMetrics(metrics: ServiceMetrics): Counter<'subgraph'> {
  return metrics.counter({
    name: 'civic_gateway_forwarded_operations_total',
    help: "Operations one subgraph answered as they stand, sent to it without Apollo's query-plan execution",
    labelNames: ['subgraph'],
  });
}
