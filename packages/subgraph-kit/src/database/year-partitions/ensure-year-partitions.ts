import type { DataSource } from 'typeorm';
import type { SqlRunner } from './partition-by-year';
import {
  defaultPartitionName,
  splitTableName,
  yearBounds,
  yearOf,
  yearPartitionName,
  type YearPartitionedTable,
} from './year-partitioned-table';

/**
 * Partition upkeep, run with every migration run (at each start and each migration job): each
 * table gets this year's and next year's partitions before rows arrive for them, and rows that
 * waited in the default partition (a year long past, or one reached while nothing was started)
 * move to a partition of their own year. Returns the partitions created.
 */
export async function ensureYearPartitions(dataSource: DataSource, tables: readonly YearPartitionedTable[]): Promise<string[]> {
  const created: string[] = [];
  for (const spec of tables) created.push(...(await dataSource.transaction((m) => ensureYearPartitionsOf(m, spec))));
  return created;
}

/** The upkeep of one table, in the caller's transaction; a bulk load names the years it brings (`years`). */
export async function ensureYearPartitionsOf(m: SqlRunner, spec: YearPartitionedTable, years: readonly number[] = []): Promise<string[]> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`civic.year-partitions:${spec.table}`]);
  if (!(await isPartitioned(m, spec.table))) return [];
  const [{ current }]: { current: number }[] = await m.query(`SELECT ${yearOf('now()')} AS current`);
  const waiting: { year: number }[] = await m.query(
    `SELECT DISTINCT ${yearOf(spec.timeColumn)} AS year FROM ${defaultPartitionName(spec)}`,
  );
  const created: string[] = [];
  for (const year of [...new Set([current, current + 1, ...years, ...waiting.map((w) => w.year)])].sort((a, b) => a - b)) {
    const partition = yearPartitionName(spec, year);
    const [{ exists }]: { exists: boolean }[] = await m.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [partition]);
    if (exists) continue;
    await addYearPartition(m, spec, year);
    created.push(partition);
  }
  return created;
}

async function isPartitioned(m: SqlRunner, table: string): Promise<boolean> {
  const [{ partitioned }]: { partitioned: boolean }[] = await m.query(
    `SELECT coalesce((SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass($1)), false) AS partitioned`,
    [table],
  );
  return partitioned;
}

/**
 * The new partition is filled while it is still a table of its own, so the move fires no trigger of
 * the partitioned table: for roll-ups and the key table nothing changed. The CHECK constraint lets
 * ATTACH skip scanning it.
 */
async function addYearPartition(m: SqlRunner, spec: YearPartitionedTable, year: number): Promise<void> {
  const partition = yearPartitionName(spec, year);
  const bounds = `${splitTableName(partition).name}_bounds`;
  const inYear = `${spec.timeColumn} >= '${year}-01-01 00:00:00+08' AND ${spec.timeColumn} < '${year + 1}-01-01 00:00:00+08'`;
  await m.query(
    `CREATE TABLE ${partition} (LIKE ${spec.table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING STATISTICS)`,
  );
  await m.query(
    `WITH moved AS (DELETE FROM ${defaultPartitionName(spec)} WHERE ${inYear} RETURNING *) INSERT INTO ${partition} SELECT * FROM moved`,
  );
  await m.query(`ALTER TABLE ${partition} ADD CONSTRAINT ${bounds} CHECK (${inYear})`);
  await m.query(`ALTER TABLE ${spec.table} ATTACH PARTITION ${partition} ${yearBounds(year)}`);
  await m.query(`ALTER TABLE ${partition} DROP CONSTRAINT ${bounds}`);
}
