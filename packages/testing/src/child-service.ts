import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { isHealthy } from '@civic/runtime';

export interface ChildService {
  process: ChildProcess;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
  /** Whether it has exited (or been stopped). */
  readonly stopped: boolean;
  stop(): Promise<void>;
}

export interface ChildServiceOptions {
  env: NodeJS.ProcessEnv;
  healthUrl: string;
  /** How long it may take to answer its health check (default 45 s: seven subgraphs and a gateway starting at once on a loaded 2-core CI machine took over 20). */
  timeoutMs?: number;
  /**
   * Its stdout and stderr go straight to this file instead of a pipe to this process, so that a
   * service started by a jest global setup keeps running, and its output stays readable, while the
   * suites run.
   */
  outputFile?: string;
}

/**
 * Starts a service as its own OS process (as in production) and waits until `healthUrl`
 * answers 200. Its output is kept for failure messages.
 */
export async function startChildService(command: string, args: string[], options: ChildServiceOptions): Promise<ChildService> {
  const { outputFile } = options;
  const fd = outputFile ? openSync(outputFile, 'a') : undefined;
  const child = spawn(command, args, { env: options.env, stdio: fd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd] });
  if (fd !== undefined) closeSync(fd);
  let piped = '';
  child.stdout?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  const output = outputFile ? () => readFileSync(outputFile, 'utf8') : () => piped;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;

  const service: ChildService = {
    process: child,
    output,
    get stopped() {
      return hasExited();
    },
    stop: async () => {
      if (!hasExited()) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 45000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}:\n${output()}`);
    if (await isHealthy(options.healthUrl)) return service;
    await delay(100);
  }
  await service.stop();
  throw new Error(`${args.join(' ')} not healthy within the time limit:\n${output()}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
