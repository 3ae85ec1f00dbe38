import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * Ids grouped under many keys in one statement, e.g. the volunteers of each event. `sql` takes the
 * keys as $1 (int[]) and returns rows (key, id).
 */
export function idsByKeyLoader(db: DataSource, sql: string): DataLoader<number, number[]> {
  return new DataLoader<number, number[]>(async (keys) => {
    const rows: { key: number; id: number }[] = await db.query(sql, [keys]);
    const groups = new Map<number, number[]>();
    for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row.id]);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
