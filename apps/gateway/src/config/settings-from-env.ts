import { intFromEnv, optionalBoolFromEnv } from '@civic/runtime';
import { isIntrospectionPolicy, INTROSPECTION_POLICIES } from '../introspection/introspection-policy';
import type { GatewaySettingsOverrides } from './gateway-settings';

/** The gateway's settings from the environment; unset variables leave the defaults. */
export function settingsFromEnv(): GatewaySettingsOverrides {
  const env = process.env;
  const int = (name: string) => (env[name] ? intFromEnv(name, 0) : undefined);
  const introspection = env.GATEWAY_INTROSPECTION || undefined;
  if (introspection !== undefined && !isIntrospectionPolicy(introspection)) {
    throw new Error(`GATEWAY_INTROSPECTION must be one of ${INTROSPECTION_POLICIES.join(', ')}, got "${introspection}"`);
  }
  return {
    limits: {
      maxDepth: int('GATEWAY_MAX_DEPTH'),
      maxAliases: int('GATEWAY_MAX_ALIASES'),
      maxRootFields: int('GATEWAY_MAX_ROOT_FIELDS'),
      maxTokens: int('GATEWAY_MAX_TOKENS'),
      maxCost: int('GATEWAY_MAX_COST'),
    },
    maxBodyBytes: int('GATEWAY_MAX_BODY_BYTES'),
    maxBatchSize: int('GATEWAY_MAX_BATCH_SIZE'),
    subgraphTimeoutMs: int('GATEWAY_SUBGRAPH_TIMEOUT_MS'),
    subgraphMaxResponseBytes: int('GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES'),
    exportMaxRows: int('GATEWAY_EXPORT_MAX_ROWS'),
    rateLimit: {
      requestsPerMinute: int('GATEWAY_RATE_LIMIT_PER_MINUTE'),
      redisUrl: env.REDIS_URL || undefined,
      keyPrefix: env.GATEWAY_RATE_LIMIT_PREFIX || undefined,
    },
    trustedDocuments: env.GATEWAY_TRUSTED_DOCUMENTS || undefined,
    introspection,
    forwardSingleFetches: optionalBoolFromEnv('GATEWAY_FORWARD_SINGLE_FETCHES'),
  };
}
