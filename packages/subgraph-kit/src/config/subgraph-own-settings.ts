import type { Configuration } from '@civic/runtime';

/**
 * Settings a domain subgraph reads beyond the kit's (see SubgraphDefinition.settings): read and
 * checked with the kit's when it starts, so a bad one stops it then, and put into effect before it
 * migrates, seeds or serves.
 */
export interface SubgraphOwnSettings {
  readonly configuration: Configuration<unknown>;
  /** Puts the values read at start into effect (given the whole configuration, own settings included). */
  apply(values: unknown): void;
}

export function subgraphOwnSettings<T>(configuration: Configuration<T>, apply: (values: T) => void): SubgraphOwnSettings {
  return { configuration, apply: (values) => apply(values as T) };
}
