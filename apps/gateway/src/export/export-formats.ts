import { CsvWriter } from './csv-writer';
import type { ExportResponse } from './export-response';
import type { ExportTable } from './export-tables';
import type { ExportWriter } from './export-writer';
import { XlsxWriter } from './xlsx-writer';

/** A kind of file an export writes. */
export interface ExportFormat {
  extension: string;
  contentType: string;
  /** The tables the file holds, of every list in the result. */
  tables(all: ExportTable[]): ExportTable[];
  writer(response: ExportResponse): ExportWriter;
}

/** For programs and Excel alike: the first list, headed by field paths, values as the API gives them. */
export const CSV_EXPORT: ExportFormat = {
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  tables: (all) => all.slice(0, 1),
  writer: (response) => new CsvWriter(response),
};

/** For people: a sheet per list, Chinese headings and labels, Beijing time. */
export const XLSX_EXPORT: ExportFormat = {
  extension: 'xlsx',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  tables: (all) => all,
  writer: (response) => new XlsxWriter(response),
};
