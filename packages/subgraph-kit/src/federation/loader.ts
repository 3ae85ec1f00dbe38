import DataLoader from 'dataloader';
import { tryParseId } from '../shared-types/id';

/**
 * A DataLoader over integer ids given as strings (what GraphQL hands us). Ids that cannot exist
 * resolve to null without reaching the database; the rest go to `fetch` in one batch.
 */
export function idLoader<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.map(tryParseId).filter((id): id is number => id !== null))];
    const rows = ids.length > 0 ? await fetch(ids) : [];
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    return keys.map((key) => byId.get(String(tryParseId(key))) ?? null);
  });
}

/** A DataLoader whose batch returns rows grouped under each key (e.g. children by parent id). */
export function groupLoader<K, T>(fetch: (keys: readonly K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
