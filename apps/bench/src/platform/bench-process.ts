import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

/** A child process of the bench: output to a log file, stopped with SIGTERM (SIGKILL after 5 s). */
export class BenchProcess {
  private readonly child: ChildProcess;
  private exited = false;
  readonly logFile: string;
  /** Settles when the child has exited and everything it wrote is in the log file. */
  readonly logged: Promise<void>;

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    logDir: string,
    cwd?: string,
  ) {
    this.logFile = join(logDir, `${name}.log`);
    const log = createWriteStream(this.logFile);
    this.logged = new Promise((resolve) => log.once('finish', () => resolve()));
    this.child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    // One file for both streams: it ends when the child's output has all closed, not when the first stream does.
    this.child.stdout?.pipe(log, { end: false });
    this.child.stderr?.pipe(log, { end: false });
    this.child.on('close', () => log.end());
    this.child.on('exit', () => (this.exited = true));
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get running(): boolean {
    return !this.exited;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }
}

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitHealthy(process: BenchProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!process.running) throw new Error(`${process.name} exited during start-up; see ${process.logFile}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${process.name} not healthy at ${url} after ${timeoutMs} ms; see ${process.logFile}`);
}
