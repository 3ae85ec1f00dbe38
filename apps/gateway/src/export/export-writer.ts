import type { ExportTable } from './export-tables';

/** Writes an export's file into its response, table by table and page by page. */
export interface ExportWriter {
  /** Opens a list's table: its header row. */
  startTable(table: ExportTable): void;
  /** Writes one page of the list's items; resolves when the response can take more. */
  writeRows(items: readonly unknown[]): Promise<void>;
  /** Closes the table, with a last row saying why rows were left out, if they were. */
  endTable(note: string | undefined): void;
  /** The whole file is this one note (the result held no list). */
  writeNoteOnly(note: string): void;
  /** Finishes the file; resolves once all of it has been handed to the response. */
  end(): Promise<void>;
}
