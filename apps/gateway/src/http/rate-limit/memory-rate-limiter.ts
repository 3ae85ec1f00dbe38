import { decide, WINDOW_MS, type RateLimitDecision, type RateLimiter } from './rate-limiter';

interface Window {
  count: number;
  resetsAt: number;
}

/** Counts in this process: right for one gateway instance, and the fallback without Redis. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();
  private nextSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<RateLimitDecision> {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return decide(window.count, this.limit, window.resetsAt - now);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  /** Forgets finished windows once per window length, so many one-off callers cannot grow the map for ever. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowMs;
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}
