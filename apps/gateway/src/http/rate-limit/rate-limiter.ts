/** What one more request from a caller is allowed to do. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the caller's window starts again (what Retry-After says). */
  retryAfterSeconds: number;
}

/** Fixed-window counter per caller key: `limit` requests per window. */
export interface RateLimiter {
  hit(key: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

export interface RateLimitSettings {
  /** Requests per minute and caller; 0 turns rate limiting off. */
  requestsPerMinute: number;
  /** Redis to count in (shared by every gateway instance); empty: in this process's memory. */
  redisUrl: string;
  /** Prefix of the Redis keys, so several deployments (or tests) can share one Redis. */
  keyPrefix: string;
}

export const WINDOW_MS = 60_000;

export function decide(count: number, limit: number, msLeft: number): RateLimitDecision {
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
}

export const UNLIMITED: RateLimiter = {
  hit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
  close: async () => undefined,
};
