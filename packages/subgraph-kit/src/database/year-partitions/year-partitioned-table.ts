/**
 * A table that grows for years, range-partitioned by the China year of one timestamp column: one
 * partition per year (`<table>_y2025`, bounds at midnight Beijing time on 1 January) and a default
 * partition (`<table>_default`) for rows of a year that has no partition yet.
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

export function yearPartitionName(spec: YearPartitionedTable, year: number): string {
  return `${spec.table}_y${year}`;
}

export function defaultPartitionName(spec: YearPartitionedTable): string {
  return `${spec.table}_default`;
}

/** `FOR VALUES FROM (…) TO (…)` of one year's partition. */
export function yearBounds(year: number): string {
  return `FOR VALUES FROM ('${year}-01-01 00:00:00+08') TO ('${year + 1}-01-01 00:00:00+08')`;
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
