import type { CsvValue } from './csv-format';

/** Joins the values of a list inside one row (skills, a program's session titles). */
export const LIST_SEPARATOR = '; ';

/**
 * One result item as one spreadsheet row: nested objects become dotted column names
 * (`homeUnit.name`); a list inside the item becomes one cell per leaf, its values joined with "; "
 * (`sessions.title` = "Opening; Lecture"). A scalar item is the single column `value`.
 */
export function flattenRow(item: unknown): Record<string, CsvValue> {
  if (!isPlainObject(item)) return { value: leafValue(item) };
  const row: Record<string, CsvValue> = {};
  flattenInto(row, item, '');
  return row;
}

function flattenInto(row: Record<string, CsvValue>, value: unknown, column: string): void {
  if (Array.isArray(value)) {
    for (const [key, joined] of Object.entries(flattenList(value))) row[join(column, key)] = joined;
    return;
  }
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) flattenInto(row, child, join(column, key));
    return;
  }
  row[column] = leafValue(value);
}

/** Each leaf of the list's items, with the values of all items joined; '' is the items themselves. */
function flattenList(items: unknown[]): Record<string, string> {
  const parts = new Map<string, string[]>();
  for (const item of items) {
    const flat: Record<string, CsvValue> = {};
    flattenInto(flat, item, '');
    for (const [key, value] of Object.entries(flat)) {
      if (value === null || value === '') continue;
      parts.set(key, [...(parts.get(key) ?? []), String(value)]);
    }
  }
  if (parts.size === 0) return { '': '' };
  return Object.fromEntries([...parts].map(([key, values]) => [key, values.join(LIST_SEPARATOR)]));
}

function leafValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function join(prefix: string, key: string): string {
  if (prefix === '') return key;
  return key === '' ? prefix : `${prefix}.${key}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
