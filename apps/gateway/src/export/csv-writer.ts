import { finished } from 'node:stream/promises';
import { csvLine, CSV_CELLS, UTF8_BOM } from './csv-format';
import type { ExportColumn } from './export-columns';
import type { ExportResponse } from './export-response';
import type { ExportTable } from './export-tables';
import type { ExportWriter } from './export-writer';
import { rowCells } from './row-cells';

/** A CSV file for Excel: UTF-8 with BOM, a header line of field paths, one CRLF line per row. */
export class CsvWriter implements ExportWriter {
  private columns: readonly ExportColumn[] = [];

  constructor(private readonly response: ExportResponse) {
    response.body.write(UTF8_BOM);
  }

  startTable(table: ExportTable): void {
    this.columns = table.columns;
    this.response.body.write(csvLine(table.columns.map((column) => column.key)));
  }

  async writeRows(items: readonly unknown[]): Promise<void> {
    this.response.body.write(items.map((item) => csvLine(rowCells(item, this.columns, CSV_CELLS))).join(''));
    await this.response.ready();
  }

  endTable(note: string | undefined): void {
    if (note) this.response.body.write(csvLine([note]));
  }

  writeNoteOnly(note: string): void {
    this.response.body.write(csvLine([note]));
  }

  async end(): Promise<void> {
    this.response.body.end();
    await finished(this.response.body);
  }
}
