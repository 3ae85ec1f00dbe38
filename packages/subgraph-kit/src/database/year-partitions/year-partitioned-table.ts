/**
 * A table that grows for years, range-partitioned by the Beijing-time year of one timestamp column
 * into contiguous partitions of whole years (bounds at midnight Beijing time on 1 January):
 * - the first holds everything before its end: `<table>_until_2035`;
 * - each later one spans `yearsPerPartition` years: `<table>_y2036_2045`, or `<table>_y2036` for one.
 * A default partition (`<table>_default`) exists only between the conversion and the first upkeep.
 *
 * PostgreSQL enforces a primary key or UNIQUE constraint on a partitioned table only when it
 * includes the partition key, so the primary key becomes (id, time column), and what must stay
 * unique across all years lives in a narrow key table (`<table>_key`: the id and the `uniqueColumns`),
 * kept in step by statement triggers. Foreign keys that pointed at the table point at the key table.
 */
export interface YearPartitionedTable {
  /** Schema-qualified, e.g. `volunteers.service_record`; its primary key is `id`. */
  table: string;
  /** The `timestamptz` column whose year (Beijing time) picks the partition. */
  timeColumn: string;
  /** Columns with a single-column UNIQUE constraint that must hold across all years. */
  uniqueColumns: readonly string[];
}

/** The years a partition holds: `from` (null: everything before `to`) up to but not including `to`. */
export interface YearRange {
  from: number | null;
  to: number;
}

/** DATABASE_YEARS_PER_PARTITION's default: a county's records of a decade make one modest partition. */
export const DEFAULT_YEARS_PER_PARTITION = 10;

/** The time zone whose calendar year bounds each partition. */
export const PARTITION_TIME_ZONE = 'Asia/Shanghai';

export function splitTableName(table: string): { schema: string; name: string } {
  const [schema, name] = table.split('.');
  if (!schema || !name || !/^[a-z_][a-z0-9_]*$/.test(schema) || !/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`"${table}": expected a schema-qualified lower-case table name`);
  return { schema, name };
}

export function keyTableOf(spec: YearPartitionedTable): string {
  return `${spec.table}_key`;
}

export function defaultPartitionName(spec: YearPartitionedTable): string {
  return `${spec.table}_default`;
}

/** The partition's name (schema-qualified), which also records its range. */
export function partitionName(spec: YearPartitionedTable, range: YearRange): string {
  if (range.from === null) return `${spec.table}_until_${range.to - 1}`;
  return range.to - range.from === 1 ? `${spec.table}_y${range.from}` : `${spec.table}_y${range.from}_${range.to - 1}`;
}

/** The range a partition's name records; null for a name this scheme does not make (the default partition). */
export function rangeOfPartition(spec: YearPartitionedTable, partition: string): YearRange | null {
  const { name } = splitTableName(spec.table);
  const bare = partition.includes('.') ? splitTableName(partition).name : partition;
  const until = new RegExp(`^${name}_until_(\\d{4})$`).exec(bare);
  if (until) return { from: null, to: Number(until[1]) + 1 };
  const span = new RegExp(`^${name}_y(\\d{4})(?:_(\\d{4}))?$`).exec(bare);
  if (span) return { from: Number(span[1]), to: Number(span[2] ?? span[1]) + 1 };
  return null;
}

function yearStart(year: number): string {
  return `'${year}-01-01 00:00:00+08'`;
}

/** `FOR VALUES FROM (…) TO (…)` of a partition. */
export function rangeBounds(range: YearRange): string {
  return `FOR VALUES FROM (${range.from === null ? 'MINVALUE' : yearStart(range.from)}) TO (${yearStart(range.to)})`;
}

/** SQL: whether `column` falls in the range. */
export function inRange(column: string, range: YearRange): string {
  const below = `${column} < ${yearStart(range.to)}`;
  return range.from === null ? below : `${column} >= ${yearStart(range.from)} AND ${below}`;
}

/** SQL: the Beijing-time year of `column`, as an int. */
export function yearOf(column: string): string {
  return `extract(year FROM ${column} AT TIME ZONE '${PARTITION_TIME_ZONE}')::int`;
}

/**
 * SQL: adds the key-table rows a bulk load left out (one that ran without triggers, in
 * `session_replication_role = replica`).
 */
export function refillKeyTable(spec: YearPartitionedTable): string {
  const columns = ['id', ...spec.uniqueColumns].join(', ');
  return `INSERT INTO ${keyTableOf(spec)} (${columns}) SELECT ${columns} FROM ${spec.table} ON CONFLICT (id) DO NOTHING`;
}
