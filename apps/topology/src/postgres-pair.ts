import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clusterRoot, postgresBinaries, replicaBackupArgs } from '@civic/testing';
import { MACHINES, inMachine, type Machine } from './network';

const PORT = 5432;

/** The primary and its streaming replica, each on a machine of its own. */
export interface PostgresPair {
  primaryUrl: string;
  replicaUrl: string;
  /** `pg_ctl restart -m fast` of the primary: connections are cut, the replica reconnects by itself. */
  restartPrimary(): Promise<void>;
  stop(): Promise<void>;
}

const urlOf = (machine: Machine, database: string) => `postgres://postgres@${machine.address}:${PORT}/${database}`;

/**
 * Starts a primary (fsync on: a restart must lose nothing acknowledged) and a pg_basebackup replica
 * of it, from the machine's PostgreSQL packages, with `database` created on the primary.
 */
export async function startPostgresPair(database: string): Promise<PostgresPair> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("the machine's PostgreSQL packages (initdb, pg_ctl, pg_basebackup) are needed: apt-get install postgresql");
  const root = await clusterRoot('civic-topology-pg-');
  const primaryDir = join(root, 'primary');
  const replicaDir = join(root, 'replica');
  const asPostgres = (machine: Machine, tool: string, args: string[]) =>
    inMachine(machine, 'runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]);
  const options = (machine: Machine) => `-c port=${PORT} -c listen_addresses=${machine.address} -c unix_socket_directories=''`;
  const start = (machine: Machine, dir: string, extra: string) =>
    asPostgres(machine, 'pg_ctl', ['start', '-D', dir, '-w', '-l', `${dir}.log`, '-o', `${options(machine)} ${extra}`]);
  const stopOne = (dir: string) => asPostgres(MACHINES.database, 'pg_ctl', ['stop', '-D', dir, '-m', 'fast', '-w']).catch(() => undefined);

  await asPostgres(MACHINES.database, 'initdb', [
    '-D',
    primaryDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  appendFileSync(join(primaryDir, 'pg_hba.conf'), 'host all all 10.78.0.0/24 trust\nhost replication all 10.78.0.0/24 trust\n');
  await start(MACHINES.database, primaryDir, '-c wal_level=replica -c max_wal_senders=4 -c max_connections=200');
  await inMachine(MACHINES.database, 'psql', ['-h', MACHINES.database.address, '-U', 'postgres', '-c', `CREATE DATABASE ${database}`]);
  await asPostgres(MACHINES.replica, 'pg_basebackup', replicaBackupArgs(MACHINES.database.address, PORT, replicaDir));
  await start(MACHINES.replica, replicaDir, '-c hot_standby=on -c max_connections=200');
  return {
    primaryUrl: urlOf(MACHINES.database, database),
    replicaUrl: urlOf(MACHINES.replica, database),
    restartPrimary: async () => {
      await asPostgres(MACHINES.database, 'pg_ctl', [
        'restart',
        '-D',
        primaryDir,
        '-m',
        'fast',
        '-w',
        '-l',
        `${primaryDir}.log`,
        '-o',
        `${options(MACHINES.database)} -c wal_level=replica -c max_wal_senders=4 -c max_connections=200`,
      ]);
    },
    stop: async () => {
      await stopOne(replicaDir);
      await stopOne(primaryDir);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
