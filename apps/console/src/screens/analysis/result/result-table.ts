/** A value as a table cell shows it: numbers stay numbers (to sort and chart them), lists become text. */
export type CellValue = string | number | boolean | null;

/** A list of the result, flattened: one row per item, one column per leaf under it. */
export interface ResultTable {
  /** Response keys from `data` to the list (`orgUnits.edges` is read as its nodes); empty when the result holds no list. */
  path: string[];
  /** Dotted paths from an item to each leaf (`volunteer.homeUnit.name`), in the order the result gives them. */
  columns: string[];
  rows: Record<string, CellValue>[];
}

/** Joins the values of a list inside one item (a program's session titles), as the Excel export does. */
export const LIST_SEPARATOR = '; ';

/** The column of a list of scalars (a list of names, of codes). */
export const VALUE_COLUMN = 'value';

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first list of a result, depth first in the order the query selected its fields (the list the
 * Excel export puts on its first sheet). A connection's `edges` are read as their `node`s.
 */
export function firstList(data: unknown, path: string[] = []): { path: string[]; items: unknown[] } | undefined {
  if (!isPlainObject(data)) return undefined;
  for (const [key, child] of Object.entries(data)) {
    if (Array.isArray(child)) {
      const isEdges = key === 'edges' && child.length > 0 && child.every((edge) => isPlainObject(edge) && 'node' in edge);
      return { path: [...path, key], items: isEdges ? child.map((edge) => (edge as { node: unknown }).node) : child };
    }
    const found = firstList(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The result's first list as rows and columns: nested objects become dotted columns
 * (`homeUnit.name`), a list inside an item one cell with its values joined. A result without any
 * list is one row of its fields; a result with no data, no table.
 */
export function resultTable(data: unknown): ResultTable | undefined {
  if (!isPlainObject(data)) return undefined;
  const list = firstList(data);
  const items = list ? list.items : [data];
  const columns = columnsOf(items);
  return { path: list?.path ?? [], columns, rows: items.map((item) => rowOf(item, columns)) };
}

function columnsOf(items: unknown[]): string[] {
  const found = new Set<string>();
  for (const item of items) collectLeaves(item, [], found);
  const all = [...found];
  // A field that is null in one item and an object in another is the object's columns only.
  return all.filter((column) => !all.some((other) => other.startsWith(`${column}.`)));
}

function collectLeaves(value: unknown, path: string[], into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const element of value) collectLeaves(element, path, into);
    if (value.length === 0 && path.length > 0) into.add(path.join('.'));
    return;
  }
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) collectLeaves(child, [...path, key], into);
    return;
  }
  into.add(path.length ? path.join('.') : VALUE_COLUMN);
}

function rowOf(item: unknown, columns: string[]): Record<string, CellValue> {
  const row: Record<string, CellValue> = {};
  for (const column of columns) row[column] = cellOf(item, column === VALUE_COLUMN && !isPlainObject(item) ? [] : column.split('.'));
  return row;
}

function cellOf(item: unknown, path: string[]): CellValue {
  let values: unknown[] = [item];
  let throughList = Array.isArray(item);
  if (throughList) values = (item as unknown[]).flat(Infinity);
  for (const key of path) {
    values = values.flatMap((value) => {
      if (!isPlainObject(value)) return [];
      const child = value[key];
      if (!Array.isArray(child)) return [child];
      throughList = true;
      return child.flat(Infinity);
    });
  }
  if (!throughList) return scalar(values[0]);
  return values
    .filter((value) => value !== null && value !== undefined && value !== '')
    .map((value) => String(scalar(value)))
    .join(LIST_SEPARATOR);
}

function scalar(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
