import type { DataSource } from 'typeorm';
import type { SqlRunner } from './partition-by-year';
import {
  defaultPartitionName,
  inRange,
  partitionName,
  rangeBounds,
  rangeOfPartition,
  splitTableName,
  yearOf,
  type YearPartitionedTable,
  type YearRange,
} from './year-partitioned-table';

export interface PartitionUpkeepOptions {
  /** Years per partition after the first (DATABASE_YEARS_PER_PARTITION). */
  yearsPerPartition: number;
  /** Years a bulk load is about to bring, to be covered as well. */
  years?: readonly number[];
}

/**
 * Partition upkeep, run after every migration run (each start, each migration job) and daily by a
 * serving subgraph. The partitions of each table stay contiguous from the first (everything before
 * its end) through next year: what is missing is added, `yearsPerPartition` years at a time, before
 * rows arrive for it. Rows waiting in the default partition (after the conversion) move into
 * partitions of their years, and the emptied default partition is dropped, so statements plan over
 * the year partitions alone. Returns the partitions created.
 */
export async function ensureYearPartitions(
  dataSource: DataSource,
  tables: readonly YearPartitionedTable[],
  options: PartitionUpkeepOptions,
): Promise<string[]> {
  const created: string[] = [];
  for (const spec of tables) created.push(...(await dataSource.transaction((m) => ensureYearPartitionsOf(m, spec, options))));
  return created;
}

/** The upkeep of one table, in the caller's transaction. */
export async function ensureYearPartitionsOf(m: SqlRunner, spec: YearPartitionedTable, options: PartitionUpkeepOptions): Promise<string[]> {
  const span = options.yearsPerPartition;
  if (!Number.isInteger(span) || span < 1) throw new Error(`yearsPerPartition must be a whole number of years ≥ 1, not ${span}`);
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`civic.year-partitions:${spec.table}`]);
  const partitions: { name: string }[] = await m.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass($1)`,
    [spec.table],
  );
  if (!partitions.length) return []; // not partitioned (a migration has not run, or was reverted)
  const ranges = partitions.map((p) => rangeOfPartition(spec, p.name)).filter((r): r is YearRange => r !== null);
  const hasDefault = partitions.some((p) => `${splitTableName(spec.table).schema}.${p.name}` === defaultPartitionName(spec));
  const [{ current }]: { current: number }[] = await m.query(`SELECT ${yearOf('now()')} AS current`);
  const waiting: { year: number }[] = hasDefault
    ? await m.query(`SELECT DISTINCT ${yearOf(spec.timeColumn)} AS year FROM ${defaultPartitionName(spec)}`)
    : [];
  const latest = Math.max(current + 1, ...(options.years ?? []), ...waiting.map((w) => w.year));

  const created: string[] = [];
  const add = async (range: YearRange) => {
    await addPartition(m, spec, range, hasDefault);
    ranges.push(range);
    created.push(partitionName(spec, range));
  };
  if (!ranges.length) await add({ from: null, to: current + span });
  for (let end = Math.max(...ranges.map((r) => r.to)); end <= latest; end += span) await add({ from: end, to: end + span });
  if (hasDefault) {
    const [{ left }]: { left: number }[] = await m.query(`SELECT count(*)::int AS left FROM ${defaultPartitionName(spec)}`);
    if (left === 0) await m.query(`DROP TABLE ${defaultPartitionName(spec)}`);
  }
  return created;
}

/**
 * The new partition is filled while it is still a table of its own, so moving rows out of the
 * default partition fires no trigger of the partitioned table: for roll-ups and the key table
 * nothing changed. The CHECK constraint lets ATTACH skip scanning it.
 */
async function addPartition(m: SqlRunner, spec: YearPartitionedTable, range: YearRange, fromDefault: boolean): Promise<void> {
  const partition = partitionName(spec, range);
  const bounds = `${splitTableName(partition).name}_bounds`;
  const rows = inRange(spec.timeColumn, range);
  await m.query(
    `CREATE TABLE ${partition} (LIKE ${spec.table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING STATISTICS)`,
  );
  if (fromDefault)
    await m.query(
      `WITH moved AS (DELETE FROM ${defaultPartitionName(spec)} WHERE ${rows} RETURNING *) INSERT INTO ${partition} SELECT * FROM moved`,
    );
  await m.query(`ALTER TABLE ${partition} ADD CONSTRAINT ${bounds} CHECK (${rows})`);
  await m.query(`ALTER TABLE ${spec.table} ATTACH PARTITION ${partition} ${rangeBounds(range)}`);
  await m.query(`ALTER TABLE ${partition} DROP CONSTRAINT ${bounds}`);
  if (fromDefault) await m.query(`ANALYZE ${partition}`);
}
