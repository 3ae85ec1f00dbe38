import { prettyFactory } from 'pino-pretty';

/** Turns one line a process wrote (without its newline) into what the launcher prints, newline included. */
export type LineFormat = (line: string, source: string) => string;

/**
 * JSON log lines go out as they came: each names its service, so the output stays one JSON object
 * per line for log collectors. Anything else (a crash trace, a Node warning) is prefixed with the
 * process it came from.
 */
export const jsonLines: LineFormat = (line, source) => (parseLogLine(line) ? `${line}\n` : `[${source}] ${line}\n`);

/**
 * For people at a terminal (pino-pretty): local time, level, service and message, then the other
 * fields of interest on the same line; an error's stack below it. pid and hostname are left out:
 * every process of `npm start` runs on this machine.
 */
export function readableLines(colorize: boolean): LineFormat {
  const pretty = prettyFactory({
    colorize,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    singleLine: true,
    messageFormat: (log, messageKey) => `${String(log.service).padEnd(SERVICE_WIDTH)} ${String(log[messageKey] ?? '')}`,
  });
  return (line, source) => {
    const log = parseLogLine(line);
    return log ? pretty({ service: source, ...log }) : `[${source}] ${line}\n`;
  };
}

/** The longest service name ("volunteers"), so messages line up. */
const SERVICE_WIDTH = 10;

/** Readable lines on a terminal outside production; JSON lines otherwise (a pipe, a file, production). */
export function isReadableTerminal(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && env.NODE_ENV !== 'production';
}

export function lineFormatFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): LineFormat {
  return isReadableTerminal(stream, env) ? readableLines(!('NO_COLOR' in env) && env.TERM !== 'dumb') : jsonLines;
}

/** A pino line (a JSON object with a level), or null for anything else. */
export function parseLogLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && 'level' in value ? value : null;
  } catch {
    return null;
  }
}
