import { spawn, type ChildProcess } from 'node:child_process';
import { SHUTDOWN_DRAIN_MS } from '@civic/runtime';
import type { LauncherOutputs, LogOutput } from './log-output';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number>;
}

/**
 * The platform's child processes. Their output is relayed line by line to the launcher's own
 * stdout and stderr, in each one's format (JSON lines, or readable ones on a terminal); `stopAll`
 * sends SIGTERM, lets them drain, and SIGKILLs stragglers, so Ctrl-C never leaves orphans.
 */
export class ProcessGroup {
  private readonly processes: ManagedProcess[] = [];
  /** How long a stopped process may drain before SIGKILL: its SHUTDOWN_DRAIN_MS and a margin. */
  private readonly killAfterMs: number;

  constructor(
    private readonly outputs: LauncherOutputs,
    shutdownDrainMs = SHUTDOWN_DRAIN_MS.fallback,
  ) {
    this.killAfterMs = shutdownDrainMs + KILL_MARGIN_MS;
  }

  start(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): ManagedProcess {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    relayLines(child.stdout, this.outputs.out, name);
    relayLines(child.stderr, this.outputs.err, name);
    const exited = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    const managed = { name, child, exited };
    this.processes.push(managed);
    return managed;
  }

  /** Runs a process to completion; rejects if it fails. */
  async run(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
    const managed = this.start(name, script, args, env);
    const code = await managed.exited;
    this.processes.splice(this.processes.indexOf(managed), 1);
    if (code !== 0) throw new Error(`${name} ${args.join(' ')} failed (exit ${code})`);
  }

  /** Resolves with the first long-running process that exits (finished `run`s are no longer tracked). */
  firstExit(): Promise<ManagedProcess> {
    return Promise.race(this.processes.map((p) => p.exited.then(() => p)));
  }

  /**
   * Stops the last-started process first (the gateway, so its in-flight requests can still reach the
   * subgraphs), then the rest together. Each gets the drain time plus a margin before SIGKILL.
   */
  async stopAll(): Promise<void> {
    const running = this.processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
    const front = running.at(-1);
    if (front) await stopTogether([front], this.killAfterMs);
    await stopTogether(running.slice(0, -1), this.killAfterMs);
  }
}

const KILL_MARGIN_MS = 2000;

async function stopTogether(processes: ManagedProcess[], killAfterMs: number): Promise<void> {
  for (const p of processes) p.child.kill('SIGTERM');
  const timeout = setTimeout(() => processes.forEach((p) => p.child.kill('SIGKILL')), killAfterMs);
  await Promise.all(processes.map((p) => p.exited));
  clearTimeout(timeout);
}

function relayLines(from: NodeJS.ReadableStream | null, to: LogOutput, name: string): void {
  let pending = '';
  from?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) to.write(line, name);
  });
}
