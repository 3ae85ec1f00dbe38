import { MemoryRateLimiter } from './memory-rate-limiter';
import { UNLIMITED, type RateLimiter, type RateLimitSettings } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

export async function createRateLimiter(settings: RateLimitSettings): Promise<RateLimiter> {
  if (settings.requestsPerMinute <= 0) return UNLIMITED;
  if (settings.redisUrl) return RedisRateLimiter.connect(settings.redisUrl, settings.requestsPerMinute, settings.keyPrefix);
  return new MemoryRateLimiter(settings.requestsPerMinute);
}
