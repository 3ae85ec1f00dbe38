import type { IncomingMessage } from 'node:http';
import type { Identity, Logger } from '@civic/runtime';
import { authenticate } from '../auth/authenticate';
import type { GatewayContext } from '../auth/identity-forwarding';
import type { VerificationKey } from '../auth/jwt-keys';
import { VerifiedTokens } from '../auth/verified-tokens';
import { rateLimitKey } from './rate-limit/rate-limit-key';
import { rateLimited } from './rate-limit/rate-limited-error';
import type { RateLimiter } from './rate-limit/rate-limiter';

export interface ContextDependencies {
  verificationKey: VerificationKey;
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  /** The gateway's logger; each context gets a child of it that carries the request id. */
  logger: Logger;
}

/**
 * Who is asking, and whether they still have budget. A request whose token is refused spends its
 * address's budget, so a flood of bad tokens is throttled like any other flood.
 */
export function createGatewayContext({ verificationKey, rateLimiter, requestsPerMinute, logger }: ContextDependencies) {
  const spend = async (identity: Identity | undefined, req: IncomingMessage) => {
    const decision = await rateLimiter.hit(rateLimitKey(identity, req));
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, requestsPerMinute);
  };
  const verified = new VerifiedTokens();
  return async (req: IncomingMessage, requestId: string): Promise<GatewayContext> => {
    let identity: Identity;
    try {
      identity = await authenticate(req.headers.authorization, verificationKey, verified);
    } catch (err) {
      await spend(undefined, req);
      throw err;
    }
    await spend(identity, req);
    return { requestId, identity, log: logger.child({ requestId }) };
  };
}
