import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@civic/gateway/subgraphs';
import type { Setting } from '@civic/runtime';
import { configurationTable, passThroughEnv } from './configuration-table';
import { documentedSettings } from './documented-settings';

export const TABLE_START =
  '<!-- configuration table: generated from the settings definitions by `npm run config:docs`; edit those, not this -->';
export const TABLE_END = '<!-- end of configuration table -->';

/** The files the settings definitions are written into, relative to the repository root. */
export const CONFIGURATION_DOCS = ['README.md', 'turbo.json'] as const;

/** README.md and turbo.json as the definitions make them, from the files as they are. */
export function expectedConfigurationDocs(root = REPO_ROOT, settings: Setting<unknown>[] = documentedSettings()): Map<string, string> {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return new Map([
    ['README.md', withTable(read('README.md'), configurationTable(settings))],
    ['turbo.json', withPassThroughEnv(read('turbo.json'), passThroughEnv(settings))],
  ]);
}

/** The files that differ from what the definitions make; empty when they are current. */
export function staleConfigurationDocs(root = REPO_ROOT, settings?: Setting<unknown>[]): string[] {
  const expected = expectedConfigurationDocs(root, settings);
  return [...expected].filter(([file, text]) => readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
}

/** Rewrites the table and the list; returns the files that changed. */
export function writeConfigurationDocs(root = REPO_ROOT, settings?: Setting<unknown>[]): string[] {
  const stale = staleConfigurationDocs(root, settings);
  const expected = expectedConfigurationDocs(root, settings);
  for (const file of stale) writeFileSync(join(root, file), expected.get(file)!);
  return stale;
}

function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`README.md: the configuration table must stand between "${TABLE_START}" and "${TABLE_END}"`);
  return `${readme.slice(0, start)}${TABLE_START}\n${table}\n${readme.slice(end)}`;
}

const PASS_THROUGH = /("globalPassThroughEnv":\s*)\[[^\]]*\]/;

/** Only the list is rewritten: the rest of turbo.json stays as written. */
function withPassThroughEnv(turbo: string, names: string[]): string {
  if (!PASS_THROUGH.test(turbo)) throw new Error('turbo.json: no "globalPassThroughEnv" list to write');
  const list = `[\n${names.map((name) => `    ${JSON.stringify(name)}`).join(',\n')}\n  ]`;
  return turbo.replace(PASS_THROUGH, (_match, key: string) => `${key}${list}`);
}
