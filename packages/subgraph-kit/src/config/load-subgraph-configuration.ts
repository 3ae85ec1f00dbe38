import { combineConfigurations, type ConfigurationCheck, type Environment } from '@civic/runtime';
import { usePersonalDataKeys } from '../pii/personal-data-cipher';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { subgraphConfiguration, type SubgraphConfig } from './subgraph-configuration';

/** Reads a subgraph's settings, the kit's and its own, once; throws one error naming every bad one (and what the checks find). */
export function loadSubgraphConfiguration<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  env: Environment = process.env,
  ...checks: ConfigurationCheck<SubgraphConfig>[]
): SubgraphConfig {
  const own = definition.settings?.configuration;
  return (own ? combineConfigurations(subgraphConfiguration, own) : subgraphConfiguration).load(env, ...checks);
}

/** Puts what was read at start into effect for the whole process: the personal-data keys and the subgraph's own settings. */
export function applySubgraphConfiguration<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig): void {
  usePersonalDataKeys(config);
  definition.settings?.apply(config);
}
