import { hostname } from 'node:os';
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-scope';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface LoggerOptions {
  /** Level; defaults to LOG_LEVEL, then `info`. */
  level?: string;
  /** The request id to stamp on each line; defaults to the kernel's request scope. */
  requestId?: () => string | undefined;
  /** Where lines go; defaults to the console (below `warn` on stdout, `warn` and above on stderr). */
  destination?: DestinationStream;
}

/** The log level from LOG_LEVEL (default `info`); anything else is refused at start-up. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const level = env.LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  return level;
}

/**
 * A service's structured logger: one JSON object per line with time, level (as a word), service,
 * pid, hostname, the request id of the request being served (when there is one), the message and
 * any fields. Errors given as `err` are serialised with type, message, stack and causes.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const requestId = options.requestId ?? currentRequestId;
  return pino(
    {
      level: options.level ?? logLevelFromEnv(),
      base: { service, pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const id = requestId();
        return id ? { requestId: id } : {};
      },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination ?? consoleDestination(),
  );
}

/**
 * Each JSON line goes out through `console`: `info` and below with console.log (stdout), `warn` with
 * console.warn and `error`/`fatal` with console.error (stderr), as the services logged before pino.
 * Writes are synchronous for files and pipes, so a line logged just before exiting is not lost,
 * and a test can watch the log with jest.spyOn(console, …).
 */
function consoleDestination(): DestinationStream {
  const through = (write: (line: string) => void) => ({ write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) });
  return pino.multistream(
    [
      { level: 'trace', stream: through((line) => console.log(line)) },
      { level: 'warn', stream: through((line) => console.warn(line)) },
      { level: 'error', stream: through((line) => console.error(line)) },
    ],
    { dedupe: true },
  );
}

/**
 * The same logger for start-up and shutdown lines ("ready at …", "stopping"), which are written at
 * `info` even when LOG_LEVEL is `warn` (as in tests): a quiet service still says when it is up.
 * Only `silent` hides them.
 */
export function lifecycleLogger(logger: Logger): Logger {
  if (logger.level === 'silent' || logger.isLevelEnabled('info')) return logger;
  return logger.child({}, { level: 'info' });
}
