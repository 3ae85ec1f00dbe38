import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { adminRows } from './admin-query';
import { freePort } from './free-port';
import {
  asServerUser,
  clusterRoot,
  initCluster,
  postgresBinaries,
  replicaBackupArgs,
  startCluster,
  stopCluster,
  testServerOptions,
} from './temporary-postgres';

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

/** Starts a primary with a streaming replica made by pg_basebackup; undefined where the binaries are missing. */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres | undefined> {
  const bin = postgresBinaries();
  if (!bin) return undefined;
  const root = await clusterRoot('civic-replicated-pg-');
  const primaryDir = join(root, 'primary');
  const replicaDir = join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const startPrimary = () =>
    startCluster(
      bin,
      primaryDir,
      join(root, 'primary.log'),
      `${testServerOptions(root, primaryPort)} -c wal_level=replica -c max_wal_senders=4`,
    );
  const stop = async () => {
    for (const dir of started.reverse()) await stopCluster(bin, dir).catch(() => undefined);
    started.length = 0;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await initCluster(bin, primaryDir);
    await startPrimary();
    started.push(primaryDir);
    await asServerUser(bin, 'pg_basebackup', replicaBackupArgs('127.0.0.1', primaryPort, replicaDir));
    await startCluster(bin, replicaDir, join(root, 'replica.log'), `${testServerOptions(root, replicaPort)} -c hot_standby=on`);
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
    stopPrimary: () => stopCluster(bin, primaryDir),
    startPrimary: async () => {
      await startPrimary();
    },
    stop,
  };
}
