import type { Counter, Histogram, ServiceMetrics } from '@civic/runtime';
import type { IdentityForwardingDataSource } from '../auth/identity-forwarding';

export interface SubgraphFetchMetrics {
  requests: Counter<'subgraph' | 'outcome'>;
  duration: Histogram<'subgraph'>;
}

/** The gateway's view of each subgraph: fetches by outcome, and how long they took. */
export function registerSubgraphMetrics(metrics: ServiceMetrics): SubgraphFetchMetrics {
  return {
    requests: metrics.counter({
      name: 'civic_gateway_subgraph_requests_total',
      help: 'Requests the gateway sent to each subgraph, by outcome: ok, error (the subgraph answered with errors), timeout, unavailable, too_large (its answer passed GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES)',
      labelNames: ['subgraph', 'outcome'],
    }),
    duration: metrics.histogram({
      name: 'civic_gateway_subgraph_request_duration_seconds',
      help: 'Time the gateway waited for each subgraph fetch, body included',
      labelNames: ['subgraph'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    }),
  };
}

/** Wraps a data source's `process` so each subgraph fetch is counted and timed; it behaves exactly as before. */
export function instrumentSubgraph(
  source: IdentityForwardingDataSource,
  subgraph: string,
  metrics: SubgraphFetchMetrics,
): IdentityForwardingDataSource {
  const original = source.process.bind(source);
  source.process = async (options) => {
    const end = metrics.duration.startTimer({ subgraph });
    let outcome = 'error';
    try {
      const response = await original(options);
      outcome = outcomeOf(response.errors);
      return response;
    } finally {
      end();
      metrics.requests.inc({ subgraph, outcome });
    }
  };
  return source;
}

function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has('SUBGRAPH_TIMEOUT')) return 'timeout';
  if (codes.has('SUBGRAPH_UNAVAILABLE')) return 'unavailable';
  if (codes.has('SUBGRAPH_RESPONSE_TOO_LARGE')) return 'too_large';
  return 'error';
}
