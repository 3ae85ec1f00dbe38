import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

export type { Counter, Gauge, Histogram } from 'prom-client';

/** Distinct operation names kept as labels; past that they count as "(other)" so a client cannot blow up the series. */
const MAX_OPERATION_LABELS = 200;
const MAX_OPERATION_NAME_LENGTH = 80;
/** Paths counted by name; anything else is "other" (scanners must not create series). */
const KNOWN_PATHS = new Set(['/graphql', '/health', '/health/live', '/health/ready', '/metrics', '/export.csv']);

export const ANONYMOUS_OPERATION = '(anonymous)';

/**
 * The Prometheus metrics of one service (gateway or subgraph), in a registry of its own so that
 * several services in one process (tests) never mix. Every series carries `service`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'path' | 'status'>;
  readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  readonly operationDuration: Histogram<'operation' | 'type'>;
  readonly errors: Counter<'code'>;
  private readonly operationNames = new Set<string>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'civic_http_requests_total',
      help: 'HTTP requests answered, by method, path and status code',
      labelNames: ['method', 'path', 'status'],
      registers,
    });
    this.operations = new Counter({
      name: 'civic_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name, type and outcome (ok, or error when the response carries errors)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'civic_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its response, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: 'civic_graphql_errors_total',
      help: 'GraphQL errors sent to clients, by code (extensions.code)',
      labelNames: ['code'],
      registers,
    });
  }

  /** A further counter in this service's registry. */
  counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  /** A further gauge in this service's registry (`collect` reads its value at scrape time). */
  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  /** A further histogram in this service's registry. */
  histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
    return new Histogram({ ...config, registers: [this.registry] });
  }

  /** Counts the request once its response is sent. */
  observeHttp(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.once('finish', () => {
      this.httpRequests.inc({ method: req.method ?? 'GET', path: KNOWN_PATHS.has(path) ? path : 'other', status: String(res.statusCode) });
    });
  }

  /** The label for an operation name: bounded in length and in number of distinct values. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    const label = name.slice(0, MAX_OPERATION_NAME_LENGTH);
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_LABELS) return '(other)';
    this.operationNames.add(label);
    return label;
  }

  /** The text exposition format Prometheus scrapes. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
