import { ExpiringCache, type Identity } from '@civic/runtime';

const MAX_REMEMBER_MS = 60_000;

/**
 * Tokens this gateway has verified, each remembered until it expires and for a minute at most: a
 * client sending the same token with every request costs one signature check a minute, not one a
 * request. Only successful verifications are remembered.
 */
export class VerifiedTokens {
  private readonly tokens = new ExpiringCache<Identity>();

  get(token: string, now = Date.now()): Identity | undefined {
    return this.tokens.get(token, now);
  }

  /** `expiresAt`: the token's `exp` claim (seconds), when it has one. */
  remember(token: string, identity: Identity, expiresAt: number | undefined, now = Date.now()): void {
    this.tokens.set(token, identity, Math.min(now + MAX_REMEMBER_MS, expiresAt === undefined ? Infinity : expiresAt * 1000), now);
  }
}
