import { stream, type Worksheet } from 'exceljs';
import type { ExportColumn } from './export-columns';
import type { ExportResponse } from './export-response';
import type { ExportTable } from './export-tables';
import type { ExportWriter } from './export-writer';
import { rowCells } from './row-cells';
import { SheetNames } from './sheet-names';
import { numberFormatOf, XLSX_CELLS } from './xlsx-cells';

/** The sheet of a workbook whose result held no list. */
const NOTE_SHEET = '说明';
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
const DATE_TIME_WIDTH = 20;

/**
 * An Excel workbook written as a stream (exceljs' WorkbookWriter): a sheet per table, each
 * committed row by row and closed before the next sheet opens, so that the zip takes one sheet
 * at a time and no row stays in memory once written. Header row frozen, in bold.
 */
export class XlsxWriter implements ExportWriter {
  private readonly workbook: stream.xlsx.WorkbookWriter;
  private readonly sheetNames = new SheetNames();
  private sheet: Worksheet | undefined;
  private columns: readonly ExportColumn[] = [];

  constructor(private readonly response: ExportResponse) {
    this.workbook = new stream.xlsx.WorkbookWriter({ stream: response.body, useStyles: true, useSharedStrings: false });
  }

  startTable(table: ExportTable): void {
    this.columns = table.columns;
    this.sheet = this.workbook.addWorksheet(this.sheetNames.next(table.field.label), { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = table.columns.map((column) => {
      const numFmt = column.joinsValues ? undefined : numberFormatOf(column.leaf.namedType);
      return { width: widthOf(column, numFmt), style: numFmt ? { numFmt } : {} };
    });
    const header = this.sheet.addRow(table.columns.map((column) => column.heading));
    header.font = { bold: true };
    header.commit();
  }

  async writeRows(items: readonly unknown[]): Promise<void> {
    const sheet = this.sheet!;
    for (const item of items) sheet.addRow(rowCells(item, this.columns, XLSX_CELLS)).commit();
    await this.response.ready();
  }

  endTable(note: string | undefined): void {
    const sheet = this.sheet!;
    if (note) sheet.addRow([note]).commit();
    sheet.commit();
  }

  writeNoteOnly(note: string): void {
    const sheet = this.workbook.addWorksheet(this.sheetNames.next(NOTE_SHEET));
    sheet.addRow([note]).commit();
    sheet.commit();
  }

  async end(): Promise<void> {
    await this.workbook.commit();
  }
}

/** Wide enough for the heading (a Chinese character takes two widths) within limits; a time needs room for its seconds. */
function widthOf(column: ExportColumn, numFmt: string | undefined): number {
  const headingWidth = [...column.heading].reduce((width, char) => width + (char.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, numFmt ? DATE_TIME_WIDTH : 0, headingWidth));
}
