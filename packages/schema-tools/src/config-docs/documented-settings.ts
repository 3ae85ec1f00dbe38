import type { Setting } from '@civic/runtime';
import { processConfigurations, type ProcessConfiguration } from './process-configurations';

/** Every setting any process reads, each once, in the order first met. */
export function documentedSettings(processes: ProcessConfiguration[] = processConfigurations()): Setting<unknown>[] {
  const byName = new Map<string, Setting<unknown>>();
  for (const setting of processes.flatMap((p) => p.configuration.settings)) {
    const known = byName.get(setting.name);
    if (known && (known.meaning !== setting.meaning || known.readBy.join() !== setting.readBy.join())) {
      throw new Error(`${setting.name} is defined twice, differently: define it once and share it`);
    }
    if (!known) byName.set(setting.name, setting);
  }
  return [...byName.values()];
}

/**
 * Settings a process reads whose "who" does not name it, e.g. `JWT_SECRET read by L, documented
 * for G`: the README would tell a reader the wrong processes.
 */
export function readersMissing(processes: ProcessConfiguration[] = processConfigurations()): string[] {
  return processes.flatMap(({ reader, configuration }) =>
    configuration.settings
      .filter((setting) => !setting.readBy.includes(reader))
      .map((setting) => `${setting.name} read by ${reader}, documented for ${setting.readBy.join(' ')}`),
  );
}
