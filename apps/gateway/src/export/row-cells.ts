import type { ExportColumn } from './export-columns';
import { isPlainObject } from './plain-object';
import type { FieldShape } from './result-shape';

/** Joins the values of a list inside one row (skills, a program's session titles). */
export const LIST_SEPARATOR = '; ';

/** How a format writes a leaf value: as a cell of its own, or as text among a list's values. */
export interface CellFormat<TCell> {
  cell(value: unknown, leaf: FieldShape): TCell;
  text(value: unknown, leaf: FieldShape): string;
}

/**
 * One item as one row, a cell per column: nested objects are followed along the column's path; a
 * list on the path gives one cell with the values of all its items joined with "; "
 * (`sessions.title` = "Opening; Lecture"). Missing and null values are empty cells.
 */
export function rowCells<TCell>(item: unknown, columns: readonly ExportColumn[], format: CellFormat<TCell>): (TCell | string | null)[] {
  return columns.map((column) => {
    const values = columnValues(item, column.path);
    if (!column.joinsValues) return values[0] === undefined || values[0] === null ? null : format.cell(values[0], column.leaf);
    return values
      .filter((value) => value !== null && value !== undefined && value !== '')
      .map((value) => format.text(value, column.leaf))
      .join(LIST_SEPARATOR);
  });
}

function columnValues(item: unknown, path: readonly string[]): unknown[] {
  let values: unknown[] = [item];
  for (const key of path) values = values.flatMap((value) => (isPlainObject(value) ? spread(value[key]) : []));
  return values;
}

function spread(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flat(Infinity) : [value];
}
