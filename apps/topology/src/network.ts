import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The simulated machines: each a network namespace on one bridge, 10.78.0.0/24. */
export const BRIDGE = 'civic-br0';
export const HOST_ADDRESS = '10.78.0.1';

export interface Machine {
  /** The namespace's name. */
  name: string;
  address: string;
}

export const MACHINES = {
  database: { name: 'civic-db', address: '10.78.0.10' },
  replica: { name: 'civic-db-replica', address: '10.78.0.11' },
  redis: { name: 'civic-redis', address: '10.78.0.12' },
  subgraphs: { name: 'civic-subgraphs', address: '10.78.0.20' },
  volunteers1: { name: 'civic-volunteers-1', address: '10.78.0.21' },
  volunteers2: { name: 'civic-volunteers-2', address: '10.78.0.22' },
  gateway1: { name: 'civic-gateway-1', address: '10.78.0.31' },
  gateway2: { name: 'civic-gateway-2', address: '10.78.0.32' },
  balancer: { name: 'civic-lb', address: '10.78.0.40' },
} satisfies Record<string, Machine>;

export function sh(command: string, args: string[]) {
  return run(command, args, { maxBuffer: 16 * 1024 * 1024 });
}

/** Creates the bridge and one namespace per machine, each with its address and loopback up. */
export async function createNetwork(): Promise<void> {
  await removeNetwork();
  await sh('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  await sh('ip', ['addr', 'add', `${HOST_ADDRESS}/24`, 'dev', BRIDGE]);
  await sh('ip', ['link', 'set', BRIDGE, 'up']);
  for (const [index, machine] of Object.values(MACHINES).entries()) {
    const outside = `civic-v${index}`;
    await sh('ip', ['netns', 'add', machine.name]);
    await sh('ip', ['link', 'add', outside, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', machine.name]);
    await sh('ip', ['link', 'set', outside, 'master', BRIDGE]);
    await sh('ip', ['link', 'set', outside, 'up']);
    await inMachine(machine, 'ip', ['addr', 'add', `${machine.address}/24`, 'dev', 'eth0']);
    await inMachine(machine, 'ip', ['link', 'set', 'eth0', 'up']);
    await inMachine(machine, 'ip', ['link', 'set', 'lo', 'up']);
  }
}

/** Deletes every namespace and the bridge (their veth pairs go with them); quiet about what is not there. */
export async function removeNetwork(): Promise<void> {
  for (const machine of Object.values(MACHINES)) await sh('ip', ['netns', 'delete', machine.name]).catch(() => undefined);
  await sh('ip', ['link', 'delete', BRIDGE]).catch(() => undefined);
}

/** Runs a command to completion inside a machine. */
export function inMachine(machine: Machine, command: string, args: string[]) {
  return sh('ip', ['netns', 'exec', machine.name, command, ...args]);
}

/** Starts a long-running process inside a machine, its output appended to `logFile`. */
export function spawnInMachine(machine: Machine, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  // `ip netns exec` execs the command itself: the child's pid is the service's, so a signal reaches it.
  const child = spawn('ip', ['netns', 'exec', machine.name, command, ...args], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return child;
}
