import { defineConfiguration, LISTEN_SETTINGS, PROCESS_SETTINGS, type Environment } from '@civic/runtime';
import { gatewaySecretProblems } from '../auth/production-secrets';
import { TOKEN_KEY_SETTINGS } from '../auth/token-key-settings';
import { guardConfiguration } from './guard-settings';
import { subgraphUrlsConfiguration } from './subgraph-url-settings';

/** Everything the gateway process reads from its environment. */
export const gatewayConfiguration = defineConfiguration({
  ...PROCESS_SETTINGS,
  ...LISTEN_SETTINGS,
  subgraphUrls: subgraphUrlsConfiguration,
  ...TOKEN_KEY_SETTINGS,
  guards: guardConfiguration,
});

export type GatewayConfig = ReturnType<typeof gatewayConfiguration.load>;

/** The gateway's port when PORT is unset. */
export const GATEWAY_DEFAULT_PORT = 4000;

/** Reads the gateway's settings once; one error names every bad one and, in production, every development secret. */
export function loadGatewayConfiguration(env: Environment = process.env): GatewayConfig {
  return gatewayConfiguration.load(env, gatewaySecretProblems);
}
