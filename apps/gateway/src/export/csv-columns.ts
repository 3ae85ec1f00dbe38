import type { CsvValue } from './csv-format';

/**
 * The columns of all rows in first-seen order (which is the query's field order). A column that
 * is only ever null where other rows have its parts (`homeUnit` beside `homeUnit.name`) is dropped.
 */
export function csvColumns(rows: readonly Record<string, CsvValue>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const column of Object.keys(row)) seen.add(column);
  const columns = [...seen];
  return columns.filter((column) => !columns.some((other) => other.startsWith(`${column}.`)));
}
