import { createLogger, type Logger, currentRequestId } from '@civic/kernel';

let processLogger: Logger | undefined;

/**
 * The gateway's logger (one per process): JSON lines at LOG_LEVEL, each stamped with the id of the
 * request being served, the same id the client gets back in `x-request-id` and the subgraphs receive.
 */
export function gatewayLogger(): Logger {
  processLogger ??= createLogger('gateway', { requestId: currentRequestId });
  return processLogger;
}
