import { hostname } from 'node:os';
import { pino, type DestinationStream, type Logger } from 'pino';
import { readSetting, type Environment } from '../config/configuration';
import { LOG_LEVEL, NODE_ENV } from '../config/process-settings';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Level; a service passes the one it read at start. Defaults to LOG_LEVEL, then `info`. */
  level?: string;
  /** Production writes lines buffered (see below); defaults to NODE_ENV. */
  production?: boolean;
  /**
   * Where lines go; defaults to stdout below `warn` and stderr from `warn` up: through `console` in
   * development and tests, through one buffered writer per process in production.
   */
  destination?: DestinationStream;
}

/** The log level from LOG_LEVEL (default `info`), for loggers made without one; anything else is refused. */
export function logLevelFromEnv(env: Environment = process.env): string {
  return readSetting(LOG_LEVEL, env);
}

/**
 * A service's structured logger: one JSON object per line with time, level (as a word), service,
 * pid, hostname, the message and any fields. Lines about a request go through a child logger made
 * for the request (`logger.child({ requestId })`), which each request context carries as `log`:
 * the id is passed along, not looked up from an async context (see docs/performance.md for why).
 * Errors given as `err` are serialised with type, message, stack and causes.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? logLevelFromEnv(),
      base: { service, pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination ?? defaultDestination(options.production ?? readSetting(NODE_ENV)),
  );
}

let productionDestination: DestinationStream | undefined;

function defaultDestination(production: boolean): DestinationStream {
  if (!production) return consoleDestination();
  return (productionDestination ??= bufferedStdioDestination());
}

/** Production log writes: at least this many bytes at once, and whatever is waiting at least this often. */
const LOG_BATCH_BYTES = 8 * 1024;
const LOG_FLUSH_MS = 250;

/**
 * Production: a line per operation written as it came (a write system call each) was a visible
 * share of the gateway's CPU (docs/performance.md). These writers gather lines and write them 8 KiB at a time, or every
 * 250 ms, whichever comes first; one pair per process, shared by all its loggers so lines never
 * interleave; flushed synchronously on exit so the last lines (a fatal error) survive.
 */
function bufferedStdioDestination(): DestinationStream {
  const writers = [1, 2].map((fd) => ({ stream: pino.destination({ dest: fd, sync: false, minLength: LOG_BATCH_BYTES }), written: false }));
  const flush = (each: (stream: (typeof writers)[number]['stream']) => void, onlyWritten: boolean) => {
    for (const writer of writers) {
      // sonic-boom's flush of an empty buffer still writes (an empty string): an idle process skips it.
      if (onlyWritten && !writer.written) continue;
      try {
        each(writer.stream);
        writer.written = false;
      } catch {
        // a write in flight, or the pipe is gone: the next round (or nothing) will do
      }
    }
  };
  setInterval(() => flush((stream) => stream.flush(), true), LOG_FLUSH_MS).unref();
  process.once('exit', () => flush((stream) => stream.flushSync(), false));
  const markWritten = (writer: (typeof writers)[number]) => ({
    write: (line: string) => {
      writer.written = true;
      return writer.stream.write(line);
    },
  });
  return pino.multistream(
    [
      { level: 'trace', stream: markWritten(writers[0]) },
      { level: 'warn', stream: markWritten(writers[1]) },
    ],
    { dedupe: true },
  );
}

/**
 * Outside production each JSON line goes out through `console`: `info` and below with console.log (stdout), `warn` with
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
