import { gatewayLogger } from './observability/gateway-logger';

type Level = 'info' | 'warn' | 'error';

/** One JSON line per event (pino, LOG_LEVEL); an event of a request carries its id among the fields (`requestId`). */
export function logEvent(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  gatewayLogger()[level](fields, msg);
}

/** The whole error (message, stack, causes) for the log; never for a response. */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { err: String(err) };
  const cause = (err as Error & { originalError?: unknown }).originalError ?? err.cause;
  return { err: err.message, name: err.name, stack: err.stack, ...(cause && cause !== err ? { cause: describeError(cause) } : {}) };
}
