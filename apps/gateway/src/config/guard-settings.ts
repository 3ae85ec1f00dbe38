import { defineConfiguration, defineSetting, nonNegativeInteger, oneOf, positiveInteger, text, yesNo } from '@civic/runtime';
import { INTROSPECTION_POLICIES } from '../introspection/introspection-policy';
import { DEFAULT_GATEWAY_SETTINGS } from './gateway-settings';

const DEFAULTS = DEFAULT_GATEWAY_SETTINGS;

export const GATEWAY_MAX_DEPTH = defineSetting({
  name: 'GATEWAY_MAX_DEPTH',
  readBy: ['G'],
  meaning: "deepest field nesting a document may have (the explorer's introspection query is 15)",
  parser: positiveInteger,
  fallback: DEFAULTS.limits.maxDepth,
});

export const GATEWAY_MAX_ALIASES = defineSetting({
  name: 'GATEWAY_MAX_ALIASES',
  readBy: ['G'],
  meaning: 'aliased fields in one operation (fragments counted once)',
  parser: positiveInteger,
  fallback: DEFAULTS.limits.maxAliases,
});

export const GATEWAY_MAX_ROOT_FIELDS = defineSetting({
  name: 'GATEWAY_MAX_ROOT_FIELDS',
  readBy: ['G'],
  meaning: 'fields at the root of one operation',
  parser: positiveInteger,
  fallback: DEFAULTS.limits.maxRootFields,
});

export const GATEWAY_MAX_TOKENS = defineSetting({
  name: 'GATEWAY_MAX_TOKENS',
  readBy: ['G'],
  meaning: 'lexical tokens in one document; the parser stops there',
  parser: positiveInteger,
  fallback: DEFAULTS.limits.maxTokens,
});

export const GATEWAY_MAX_COST = defineSetting({
  name: 'GATEWAY_MAX_COST',
  readBy: ['G'],
  meaning:
    'estimated objects a response may hold: a field with `first` multiplies what is under it by that (20 when absent), plain lists by 20',
  parser: positiveInteger,
  fallback: DEFAULTS.limits.maxCost,
});

export const GATEWAY_MAX_BODY_BYTES = defineSetting({
  name: 'GATEWAY_MAX_BODY_BYTES',
  readBy: ['G'],
  meaning: 'request body size; larger is 413',
  parser: positiveInteger,
  fallback: DEFAULTS.maxBodyBytes,
});

export const GATEWAY_MAX_BATCH_SIZE = defineSetting({
  name: 'GATEWAY_MAX_BATCH_SIZE',
  readBy: ['G'],
  meaning: 'operations in one batched request (JSON array body); more is 400',
  parser: positiveInteger,
  fallback: DEFAULTS.maxBatchSize,
});

export const GATEWAY_SUBGRAPH_TIMEOUT_MS = defineSetting({
  name: 'GATEWAY_SUBGRAPH_TIMEOUT_MS',
  readBy: ['G'],
  meaning: 'a subgraph fetch that takes longer is aborted; the client gets `SUBGRAPH_TIMEOUT` on those fields',
  parser: positiveInteger,
  fallback: DEFAULTS.subgraphTimeoutMs,
});

export const GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES = defineSetting({
  name: 'GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES',
  readBy: ['G'],
  meaning:
    "largest body a subgraph's answer may have; past it the fetch is cut off at once (the gateway holds no more) and the client gets `SUBGRAPH_RESPONSE_TOO_LARGE` on those fields",
  parser: positiveInteger,
  fallback: DEFAULTS.subgraphMaxResponseBytes,
  shownDefault: `\`${DEFAULTS.subgraphMaxResponseBytes}\` (${DEFAULTS.subgraphMaxResponseBytes / 1024 / 1024} MiB)`,
});

export const GATEWAY_FORWARD_SINGLE_FETCHES = defineSetting({
  name: 'GATEWAY_FORWARD_SINGLE_FETCHES',
  readBy: ['G'],
  meaning:
    "`false` sends every operation through Apollo's query-plan execution, also those one subgraph answers as they stand (see `docs/performance.md`)",
  parser: yesNo,
  fallback: DEFAULTS.forwardSingleFetches,
});

export const GATEWAY_RATE_LIMIT_PER_MINUTE = defineSetting({
  name: 'GATEWAY_RATE_LIMIT_PER_MINUTE',
  readBy: ['G'],
  meaning: 'requests per minute per caller (token subject and role, or client address when anonymous); `0` turns it off',
  parser: nonNegativeInteger,
  fallback: DEFAULTS.rateLimit.requestsPerMinute,
});

export const REDIS_URL = defineSetting({
  name: 'REDIS_URL',
  readBy: ['G'],
  meaning: 'Redis the gateways share the rate-limit counts in; unreachable means not rate limited (a warning), never down',
  parser: text,
  shownDefault: 'unset: in memory',
});

export const GATEWAY_RATE_LIMIT_PREFIX = defineSetting({
  name: 'GATEWAY_RATE_LIMIT_PREFIX',
  readBy: ['G'],
  meaning: 'prefix of the rate-limit keys in Redis',
  parser: text,
  fallback: DEFAULTS.rateLimit.keyPrefix,
});

export const GATEWAY_TRUSTED_DOCUMENTS = defineSetting({
  name: 'GATEWAY_TRUSTED_DOCUMENTS',
  readBy: ['G'],
  meaning:
    'path of a `{ "sha256": "query" }` manifest: only those documents run (`npm run trusted-documents -w @civic/gateway -- [folder] --out file`)',
  parser: text,
});

export const GATEWAY_INTROSPECTION = defineSetting({
  name: 'GATEWAY_INTROSPECTION',
  readBy: ['G'],
  meaning: 'who may introspect: `authenticated`, `all` or `off`',
  parser: oneOf(INTROSPECTION_POLICIES),
  fallback: DEFAULTS.introspection,
});

export const GATEWAY_EXPORT_MAX_ROWS = defineSetting({
  name: 'GATEWAY_EXPORT_MAX_ROWS',
  readBy: ['G'],
  meaning:
    'most rows one `POST /export.csv` or `/export.xlsx` returns (all sheets together), a safety limit: exports stream page by page, so memory does not grow with it; a file cut there ends with a row saying so',
  parser: positiveInteger,
  fallback: DEFAULTS.exportMaxRows,
});

/** How the gateway guards itself, in the shape of GatewaySettings (which `startGateway` options may override). */
export const guardConfiguration = defineConfiguration({
  limits: defineConfiguration({
    maxDepth: GATEWAY_MAX_DEPTH,
    maxAliases: GATEWAY_MAX_ALIASES,
    maxRootFields: GATEWAY_MAX_ROOT_FIELDS,
    maxTokens: GATEWAY_MAX_TOKENS,
    maxCost: GATEWAY_MAX_COST,
  }),
  maxBodyBytes: GATEWAY_MAX_BODY_BYTES,
  maxBatchSize: GATEWAY_MAX_BATCH_SIZE,
  subgraphTimeoutMs: GATEWAY_SUBGRAPH_TIMEOUT_MS,
  subgraphMaxResponseBytes: GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES,
  forwardSingleFetches: GATEWAY_FORWARD_SINGLE_FETCHES,
  rateLimit: defineConfiguration({
    requestsPerMinute: GATEWAY_RATE_LIMIT_PER_MINUTE,
    redisUrl: REDIS_URL,
    keyPrefix: GATEWAY_RATE_LIMIT_PREFIX,
  }),
  trustedDocuments: GATEWAY_TRUSTED_DOCUMENTS,
  introspection: GATEWAY_INTROSPECTION,
  exportMaxRows: GATEWAY_EXPORT_MAX_ROWS,
});
