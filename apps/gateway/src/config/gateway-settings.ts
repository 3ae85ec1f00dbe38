import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../limits/document-limits';
import type { IntrospectionPolicy } from '../introspection/introspection-policy';
import type { RateLimitSettings } from '../http/rate-limit/rate-limiter';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../subgraph/keep-alive-post';

/** Everything about how the gateway guards itself; each has a default, an environment variable (guard-settings.ts) and an option. */
export interface GatewaySettings {
  limits: DocumentLimits;
  maxBodyBytes: number;
  /** Operations in one batched request (a JSON array body). */
  maxBatchSize: number;
  subgraphTimeoutMs: number;
  /** The largest body a subgraph's answer may have: past it the fetch is cut off, which bounds the gateway's memory. */
  subgraphMaxResponseBytes: number;
  /** Rows one export (CSV or workbook, all its sheets) may hold: a safety limit on its work; exports stream, so memory does not grow with it. */
  exportMaxRows: number;
  rateLimit: RateLimitSettings;
  /** Path of a `{ sha256: query }` manifest; when set only those documents run. */
  trustedDocuments?: string;
  introspection: IntrospectionPolicy;
  /** Operations one subgraph answers as they stand go to it without Apollo's query-plan execution (see SingleFetchGateway). */
  forwardSingleFetches: boolean;
}

/** What `startGateway` options may override (any part, any depth of one level). */
export type GatewaySettingsOverrides = Partial<Omit<GatewaySettings, 'limits' | 'rateLimit'>> & {
  limits?: Partial<DocumentLimits>;
  rateLimit?: Partial<RateLimitSettings>;
};

export const DEFAULT_GATEWAY_SETTINGS: GatewaySettings = {
  limits: DEFAULT_DOCUMENT_LIMITS,
  maxBodyBytes: 1024 * 1024,
  maxBatchSize: 10,
  subgraphTimeoutMs: 10_000,
  subgraphMaxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
  exportMaxRows: 1_000_000,
  // A backstop against runaway clients, not a quota: far above what any app or test suite sends.
  rateLimit: { requestsPerMinute: 6000, redisUrl: '', keyPrefix: 'civic:gateway:rate:' },
  introspection: 'authenticated',
  forwardSingleFetches: true,
};

/** Defaults, then the environment, then explicit options: the later wins; checked whole. */
export function resolveGatewaySettings(...layers: GatewaySettingsOverrides[]): GatewaySettings {
  const settings = layers.reduce<GatewaySettings>(
    (settings, layer) => ({
      limits: { ...settings.limits, ...withoutUndefined(layer.limits ?? {}) },
      maxBodyBytes: layer.maxBodyBytes ?? settings.maxBodyBytes,
      maxBatchSize: layer.maxBatchSize ?? settings.maxBatchSize,
      subgraphTimeoutMs: layer.subgraphTimeoutMs ?? settings.subgraphTimeoutMs,
      subgraphMaxResponseBytes: layer.subgraphMaxResponseBytes ?? settings.subgraphMaxResponseBytes,
      exportMaxRows: layer.exportMaxRows ?? settings.exportMaxRows,
      rateLimit: { ...settings.rateLimit, ...withoutUndefined(layer.rateLimit ?? {}) },
      trustedDocuments: layer.trustedDocuments ?? settings.trustedDocuments,
      introspection: layer.introspection ?? settings.introspection,
      forwardSingleFetches: layer.forwardSingleFetches ?? settings.forwardSingleFetches,
    }),
    DEFAULT_GATEWAY_SETTINGS,
  );
  assertValid(settings);
  return settings;
}

function assertValid(settings: GatewaySettings): void {
  const { maxBodyBytes, maxBatchSize, subgraphTimeoutMs, subgraphMaxResponseBytes, exportMaxRows } = settings;
  const positive = { ...settings.limits, maxBodyBytes, maxBatchSize, subgraphTimeoutMs, subgraphMaxResponseBytes, exportMaxRows };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`gateway setting ${name} must be a positive integer, got ${value}`);
  }
  const { requestsPerMinute } = settings.rateLimit;
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 0) {
    throw new Error(`gateway setting rateLimit.requestsPerMinute must be 0 (off) or more, got ${requestsPerMinute}`);
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
