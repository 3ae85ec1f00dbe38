import type { Setting } from './setting';

/** Where settings are read from: process.env, or a plain object in tests. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A check across settings once they are read (production secrets, say): one sentence per problem. */
export type ConfigurationCheck<T> = (values: T) => string[];

export interface ConfigurationReading<T> {
  /** Every value; a setting that could not be read has its fallback, so checks can still run. */
  values: T;
  /** One sentence per bad setting, e.g. `PORT must be a port number (0 to 65535), got "x"`. */
  problems: string[];
}

/** The typed settings of one process (or a part of them), read from the environment together. */
export interface Configuration<T> {
  readonly kind: 'configuration';
  /** Every setting it reads, nested ones included, in order. */
  readonly settings: readonly Setting<unknown>[];
  read(env?: Environment): ConfigurationReading<T>;
  /** Reads every setting once, runs the checks, and throws one ConfigurationError naming every problem. */
  load(env?: Environment, ...checks: ConfigurationCheck<T>[]): T;
}

type Entry = Setting<unknown> | Configuration<unknown>;

export type ConfigurationValues<E extends Record<string, Entry>> = {
  [K in keyof E]: E[K] extends Setting<infer T> ? T : E[K] extends Configuration<infer T> ? T : never;
};

/** Every bad setting of a process at once, in one line. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'ConfigurationError';
  }
}

/** A configuration from named settings and nested configurations: its values have the same shape. */
export function defineConfiguration<E extends Record<string, Entry>>(entries: E): Configuration<ConfigurationValues<E>> {
  const settings = Object.values(entries).flatMap((entry) => (entry.kind === 'setting' ? [entry] : entry.settings));
  return configurationOf(settings, (env) => {
    const values: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(entries)) {
      const reading = entry.kind === 'setting' ? readOne(entry, env) : entry.read(env);
      values[key] = reading.values;
      problems.push(...reading.problems);
    }
    return { values: values as ConfigurationValues<E>, problems };
  });
}

/** Both configurations read as one: the values of each, side by side. */
export function combineConfigurations<A, B>(first: Configuration<A>, second: Configuration<B>): Configuration<A & B> {
  return configurationOf([...first.settings, ...second.settings], (env) => {
    const a = first.read(env);
    const b = second.read(env);
    return { values: { ...a.values, ...b.values }, problems: [...a.problems, ...b.problems] };
  });
}

/** One setting's value, outside a process's configuration (library defaults, tests). */
export function readSetting<T>(setting: Setting<T>, env: Environment = process.env): T {
  const { values, problems } = readOne(setting, env);
  if (problems.length > 0) throw new ConfigurationError(problems);
  return values;
}

function configurationOf<T>(settings: readonly Setting<unknown>[], read: (env: Environment) => ConfigurationReading<T>): Configuration<T> {
  return {
    kind: 'configuration',
    settings,
    read: (env = process.env) => read(env),
    load: (env = process.env, ...checks) => {
      const { values, problems } = read(env);
      problems.push(...checks.flatMap((check) => check(values)));
      if (problems.length > 0) throw new ConfigurationError(problems);
      return values;
    },
  };
}

function readOne<T>(setting: Setting<T>, env: Environment): ConfigurationReading<T> {
  const raw = env[setting.name];
  if (raw === undefined || raw === '') return { values: setting.fallback, problems: [] };
  const parsed = setting.parser.schema.safeParse(raw);
  if (parsed.success) return { values: parsed.data, problems: [] };
  return { values: setting.fallback, problems: [`${setting.name} ${setting.parser.expected}, got "${raw}"`] };
}
