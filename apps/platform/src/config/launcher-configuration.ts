import { gatewaySecretProblems, TOKEN_KEY_SETTINGS } from '@civic/gateway';
import { ConfigurationError, defineConfiguration, PROCESS_SETTINGS, type Environment } from '@civic/runtime';
import { DATABASE_LOCATION_SETTINGS, PERSONAL_DATA_KEY_SETTINGS, subgraphSecretProblems } from '@civic/subgraph-kit';
import { GATEWAY_PORT, SEED_DEMO, subgraphPortsConfiguration } from './launcher-settings';

/**
 * What `npm start` reads: its own settings, where the database is, and the secrets of the gateway
 * and the subgraphs, which it checks before it starts anything. Its children read the rest.
 */
export const launcherConfiguration = defineConfiguration({
  ...PROCESS_SETTINGS,
  ...DATABASE_LOCATION_SETTINGS,
  seedDemo: SEED_DEMO,
  gatewayPort: GATEWAY_PORT,
  subgraphPorts: subgraphPortsConfiguration,
  ...TOKEN_KEY_SETTINGS,
  ...PERSONAL_DATA_KEY_SETTINGS,
});

export type LauncherConfig = ReturnType<typeof launcherConfiguration.load>;

/** Reads the launcher's settings once; one error names every bad one and every development secret of the platform. */
export function loadLauncherConfiguration(env: Environment = process.env): LauncherConfig {
  try {
    return launcherConfiguration.load(env, platformSecretProblems);
  } catch (err) {
    if (err instanceof ConfigurationError) throw new Error(`refusing to start: ${err.message}`);
    throw err;
  }
}

/** Every production secret problem of the gateway and the subgraphs, each once. */
function platformSecretProblems(config: LauncherConfig): string[] {
  return [...new Set([...gatewaySecretProblems(config), ...subgraphSecretProblems(config)])];
}
