import { rangeOfPartition, yearOf, type YearPartitionedTable, type YearRange } from '@civic/subgraph-kit';

type Sql = <T>(text: string, params?: unknown[]) => Promise<T[]>;

export interface YearPartitionLayout {
  /** The partitions' names (without schema), in the order of their years. */
  partitions: string[];
  /** Whether they run without gap or overlap from the first (everything before its end) to the last. */
  contiguous: boolean;
  /** The last year the partitions cover. */
  lastYear: number;
  /** Partitions holding a row of a year outside their range (none when all is well). */
  misplaced: { partition: string; firstYear: number; lastYear: number }[];
}

/** How a table partitioned by year is laid out, read from the database. */
export async function yearPartitionLayout(sql: Sql, spec: YearPartitionedTable): Promise<YearPartitionLayout> {
  const names = await sql<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
    [spec.table],
  );
  const ranged = names
    .map(({ name }) => ({ name, range: rangeOfPartition(spec, name) }))
    .sort((a, b) => (a.range?.from ?? -Infinity) - (b.range?.from ?? -Infinity));
  const ranges = ranged.map((p) => p.range).filter((r): r is YearRange => r !== null);
  const contiguous =
    ranges.length === ranged.length && ranges[0]?.from === null && ranges.every((r, i) => i === 0 || r.from === ranges[i - 1].to);
  const held = await sql<{ partition: string; first_year: number; last_year: number }>(
    `SELECT tableoid::regclass::text AS partition, min(${yearOf(spec.timeColumn)}) AS first_year, max(${yearOf(spec.timeColumn)}) AS last_year
     FROM ${spec.table} GROUP BY 1`,
  );
  const misplaced = held
    .filter((h) => {
      const range = rangeOfPartition(spec, h.partition);
      return !range || (range.from !== null && h.first_year < range.from) || h.last_year >= range.to;
    })
    .map((h) => ({ partition: h.partition, firstYear: h.first_year, lastYear: h.last_year }));
  return { partitions: ranged.map((p) => p.name), contiguous, lastYear: Math.max(...ranges.map((r) => r.to)) - 1, misplaced };
}
