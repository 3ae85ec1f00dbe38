/**
 * A small in-process cache for hot paths (verified tokens, signed or verified identity headers):
 * each entry lives until an instant its writer chooses; when `maxEntries` is reached the whole map
 * is emptied, which bounds memory without bookkeeping per read.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly maxEntries = 1_000) {}

  get(key: string, now = Date.now()): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (now < hit.until) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` until `until` (epoch ms); an instant already past keeps nothing. */
  set(key: string, value: V, until: number, now = Date.now()): void {
    if (until <= now) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until });
  }
}
