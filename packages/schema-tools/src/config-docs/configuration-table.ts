import type { Setting } from '@civic/runtime';

/** The README's configuration table: one row per setting. */
export function configurationTable(settings: Setting<unknown>[]): string {
  const rows = settings.map((s) => `| \`${s.name}\` | ${s.readBy.join(' ')} | ${s.shownDefault} | ${s.meaning} |`);
  return ['| variable | who | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** turbo.json's `globalPassThroughEnv`: every setting, so builds and tests see what the processes they start read. */
export function passThroughEnv(settings: Setting<unknown>[]): string[] {
  return settings.map((s) => s.name);
}
