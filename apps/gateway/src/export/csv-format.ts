/** A cell as the export holds it before it is written: what a flattened GraphQL leaf can be. */
export type CsvValue = string | number | boolean | null;

/** Excel recognises UTF-8 (and so Chinese text) only when the file starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, RFC 4180 quoted; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, a header line of column names, one line per row, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] ?? null)).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
