import { spawn, type ChildProcess } from 'node:child_process';
import { isHealthy } from '../server/health-probe';

export interface ChildService {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a service as its own OS process (as in production) and waits until `healthUrl`
 * answers 200. Its output is kept for failure messages.
 */
export async function startChildService(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; healthUrl: string; timeoutMs?: number },
): Promise<ChildService> {
  const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const service: ChildService = {
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, delay(5000).then(() => child.kill('SIGKILL'))]);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 20000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}:\n${output}`);
    if (await isHealthy(options.healthUrl)) return service;
    await delay(100);
  }
  await service.stop();
  throw new Error(`${args.join(' ')} not healthy within the time limit:\n${output}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
