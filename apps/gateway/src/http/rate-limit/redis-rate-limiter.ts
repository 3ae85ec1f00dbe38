import { Redis } from 'ioredis';
import { describeError, logEvent } from '../../log';
import { decide, WINDOW_MS, type RateLimitDecision, type RateLimiter } from './rate-limiter';

/** INCR and start the window's expiry on the first hit, atomically; returns the count and ms left. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

const WARNING_INTERVAL_MS = 60_000;
const CONNECT_WAIT_MS = 1000;

/**
 * Counts in Redis so every gateway instance shares one budget per caller. When Redis cannot be
 * reached the request is let through (fail open) with a warning: losing rate limiting for a while
 * is better than taking the whole API down with it.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private lastWarning = 0;

  private constructor(
    url: string,
    private readonly limit: number,
    private readonly keyPrefix: string,
    private readonly windowMs: number,
  ) {
    this.redis = new Redis(url, {
      // Without these a command waits (for ever) for a Redis that is down, and so would the request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 1000,
      lazyConnect: true,
    });
    this.redis.on('error', (err) => this.warn('Redis for rate limiting is unreachable; requests are not rate limited', err));
  }

  /** Connects (waiting at most a second); an unreachable Redis is a warning, not a failure to start. */
  static async connect(url: string, limit: number, keyPrefix: string, windowMs = WINDOW_MS): Promise<RedisRateLimiter> {
    const limiter = new RedisRateLimiter(url, limit, keyPrefix, windowMs);
    const connecting = limiter.redis.connect().catch((err: unknown) => limiter.warn('cannot connect to Redis for rate limiting', err));
    await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
    return limiter;
  }

  async hit(key: string): Promise<RateLimitDecision> {
    try {
      const [count, msLeft] = (await this.redis.eval(HIT_SCRIPT, 1, this.keyPrefix + key, this.windowMs)) as [number, number];
      return decide(count, this.limit, msLeft);
    } catch (err) {
      this.warn('rate limit check failed; letting the request through', err);
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private warn(msg: string, err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARNING_INTERVAL_MS) return;
    this.lastWarning = now;
    logEvent('warn', msg, describeError(err));
  }
}
