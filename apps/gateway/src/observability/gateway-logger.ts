import { createLogger, type Logger } from '@civic/runtime';

let processLogger: Logger | undefined;

/**
 * The gateway's logger (one per process): JSON lines at LOG_LEVEL. Lines about a request go through
 * the request context's child logger (`log`), which carries the request id (`requestId`): the same id
 * the client gets back in `x-request-id` and the subgraphs receive.
 */
export function gatewayLogger(): Logger {
  processLogger ??= createLogger('gateway');
  return processLogger;
}
