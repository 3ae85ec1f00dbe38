import type { IncomingMessage } from 'node:http';
import type { Identity } from '@civic/runtime';

/**
 * Whose budget a request spends: a signed-in caller's subject and role, or for anonymous callers
 * the client address (the socket's: behind a proxy that is the proxy, see docs/architecture.md).
 */
export function rateLimitKey(identity: Identity | undefined, req: IncomingMessage): string {
  if (identity && identity.role !== 'ANONYMOUS') return `sub:${identity.role}:${identity.subject}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
