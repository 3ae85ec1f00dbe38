import { isReadableTerminal, lineFormatFor, parseLogLine } from './log-lines';

/** Where the launcher prints lines from itself and its children: one stream, one format. */
export interface LogOutput {
  /** Formatted for people (a terminal outside production) rather than as JSON lines. */
  readonly readable: boolean;
  write(line: string, source: string): void;
}

export function logOutput(stream: NodeJS.WritableStream & { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): LogOutput {
  const format = lineFormatFor(stream, env);
  return { readable: isReadableTerminal(stream, env), write: (line, source) => void stream.write(format(line, source)) };
}

/** The launcher's stdout and stderr, each formatted for what it is connected to. */
export interface LauncherOutputs {
  out: LogOutput;
  err: LogOutput;
}

export function launcherOutputs(env: NodeJS.ProcessEnv = process.env): LauncherOutputs {
  return { out: logOutput(process.stdout, env), err: logOutput(process.stderr, env) };
}

const STDERR_LEVELS = new Set(['warn', 'error', 'fatal']);

/**
 * A pino destination for the launcher's own logger that prints its lines the way the children's
 * are relayed: `info` and below to `out`, `warn` and up to `err` (the kernel's split), each in its
 * stream's format.
 */
export function launcherLogDestination(outputs: LauncherOutputs, service: string): { write(line: string): void } {
  return {
    write: (chunk) => {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      const level = parseLogLine(line)?.level;
      (typeof level === 'string' && STDERR_LEVELS.has(level) ? outputs.err : outputs.out).write(line, service);
    },
  };
}
