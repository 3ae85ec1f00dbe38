import { createLogger, type Logger } from '@civic/runtime';

let processLogger: Logger | undefined;

/**
 * The gateway's logger (one per process), made by the first gateway started, at the level its
 * configuration gives (LOG_LEVEL); before that, at `info` (a gateway that could not read its
 * settings still says why). Lines about a request go through the request context's child logger
 * (`log`), which carries the request id (`requestId`): the same id the client gets back in
 * `x-request-id` and the subgraphs receive.
 */
export function gatewayLogger(config?: { logLevel: string; production: boolean }): Logger {
  processLogger ??= createLogger('gateway', config ? { level: config.logLevel, production: config.production } : { level: 'info' });
  return processLogger;
}
