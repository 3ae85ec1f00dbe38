import type { ValueParser } from './value-parsers';

/**
 * Who reads a setting, as the README's "who" column shows it: G gateway, S every subgraph, L the
 * launcher (`npm start`), T tests; or a narrower reader, e.g. "S (volunteers)".
 */
export type Reader = string;

/** One environment variable: its name, who reads it, what it means, how it is parsed and its value when unset. */
export interface Setting<T> {
  readonly kind: 'setting';
  readonly name: string;
  readonly readBy: readonly Reader[];
  /** One line for the README. */
  readonly meaning: string;
  readonly parser: ValueParser<T>;
  /** The value when the variable is unset or empty. */
  readonly fallback: T;
  /** The default as the README shows it. */
  readonly shownDefault: string;
}

interface SettingDefinition<T> {
  name: string;
  readBy: readonly Reader[];
  meaning: string;
  parser: ValueParser<T>;
  /** How the README shows the default when the fallback alone does not say it, or there is none. */
  shownDefault?: string;
}

export function defineSetting<T>(definition: SettingDefinition<T> & { fallback: T }): Setting<T>;
export function defineSetting<T>(definition: SettingDefinition<T>): Setting<T | undefined>;
export function defineSetting<T>(definition: SettingDefinition<T> & { fallback?: T }): Setting<T | undefined> {
  const { fallback, shownDefault, ...rest } = definition;
  return { kind: 'setting', ...rest, fallback, shownDefault: shownDefault ?? showValue(fallback) };
}

function showValue(value: unknown): string {
  if (value === undefined) return 'unset';
  return `\`${Array.isArray(value) ? value.join(',') : String(value)}\``;
}
