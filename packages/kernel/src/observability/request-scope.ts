import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/** A caller's own request id is kept when it is short and plain (the gateway's); anything else is replaced. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The request's id: its `x-request-id` header when acceptable, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs the handling of one request with its id reachable from every log line written below it. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return scope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
