import type { CellFormat } from './row-cells';

/** A CSV cell before it is quoted: a leaf as /graphql gave it (codes, ISO times), objects as JSON. */
export type CsvValue = string | number | boolean | null;

/** Excel recognises UTF-8 (and so Chinese text) only when the file starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV is the machine-readable export: values as the API gives them. */
export const CSV_CELLS: CellFormat<CsvValue> = {
  cell: csvValue,
  text: (value) => String(csvValue(value)),
};

/** One cell, RFC 4180 quoted; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of the file, CRLF-terminated. */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
