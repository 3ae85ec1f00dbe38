import type { Identity } from '@civic/kernel';

const MAX_REMEMBER_MS = 60_000;
const MAX_TOKENS = 1_000;

/**
 * Tokens this gateway has verified, each remembered until it expires and for a minute at most: a
 * client sending the same token with every request costs one signature check a minute, not one a
 * request. Only successful verifications are remembered; the map is emptied when it fills.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, { identity: Identity; until: number }>();

  get(token: string, now = Date.now()): Identity | undefined {
    const hit = this.tokens.get(token);
    if (!hit) return undefined;
    if (now < hit.until) return hit.identity;
    this.tokens.delete(token);
    return undefined;
  }

  /** `expiresAt`: the token's `exp` claim (seconds), when it has one. */
  remember(token: string, identity: Identity, expiresAt: number | undefined, now = Date.now()): void {
    if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
    const until = Math.min(now + MAX_REMEMBER_MS, expiresAt === undefined ? Infinity : expiresAt * 1000);
    if (until > now) this.tokens.set(token, { identity, until });
  }
}
