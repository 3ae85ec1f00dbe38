import type { FiguresRow } from './figures.sql';

export interface FiguresSnapshot {
  rows: FiguresRow[];
  /** When the statement that read them began: the figures are at least this recent. */
  computedAt: Date;
}

interface Entry {
  current?: FiguresSnapshot;
  pending?: Promise<FiguresSnapshot>;
}

/**
 * A county's ranking reads a year of its units' activity: a few hundred milliseconds of database
 * time for the largest county of the province profile, against tens for a dashboard. Many people
 * read the same ranking, and a year's figures barely move in a minute, so its figures are kept per
 * scope for up to `maxAgeMs` (weights and targets are applied on every read, so a changed weight
 * shows at once). An older snapshot is still served while one refresh runs in the background; the
 * first read of a scope waits, and concurrent first reads share one computation. A max age of 0
 * computes on every read. At most `capacity` scopes are kept, the least recently read dropped first.
 */
export class FiguresSnapshots {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs: () => number,
    private readonly onRefreshError: (err: unknown) => void,
    private readonly capacity = 256,
    private readonly clock: () => number = Date.now,
  ) {}

  async read(scope: string, compute: () => Promise<FiguresRow[]>): Promise<FiguresSnapshot> {
    const maxAge = this.maxAgeMs();
    if (maxAge <= 0) {
      const computedAt = new Date(this.clock());
      return { rows: await compute(), computedAt };
    }
    const entry = this.touch(scope);
    if (!entry.current) return entry.pending ?? this.refresh(scope, entry, compute);
    if (!entry.pending && this.clock() - entry.current.computedAt.getTime() >= maxAge) {
      this.refresh(scope, entry, compute).catch(this.onRefreshError);
    }
    return entry.current;
  }

  private touch(scope: string): Entry {
    const entry = this.entries.get(scope) ?? {};
    this.entries.delete(scope);
    this.entries.set(scope, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  private refresh(scope: string, entry: Entry, compute: () => Promise<FiguresRow[]>): Promise<FiguresSnapshot> {
    const computedAt = new Date(this.clock());
    const pending = compute().then(
      (rows) => {
        entry.current = { rows, computedAt };
        entry.pending = undefined;
        return entry.current;
      },
      (err: unknown) => {
        entry.pending = undefined;
        if (!entry.current && this.entries.get(scope) === entry) this.entries.delete(scope);
        throw err;
      },
    );
    entry.pending = pending;
    return pending;
  }
}
