import { exportColumns, type ExportColumn } from './export-columns';
import { findLists, type ResultList } from './result-lists';
import type { FieldShape } from './result-shape';

/** One list of the result, as a table of the export (a sheet of the workbook). */
export interface ExportTable {
  /** The list's field (the connection's, for edges): its label names the sheet; its `after` variable pages it. */
  field: FieldShape;
  columns: ExportColumn[];
  /** The list as the first page holds it. */
  first: ResultList;
}

/** Every list of the first page (see findLists) with its columns, from the operation's shape of the result. */
export function exportTables(data: Record<string, unknown>, shape: ReadonlyMap<string, FieldShape>): ExportTable[] {
  return findLists(data).flatMap((list) => {
    const table = tableOf(list, shape);
    return table ? [table] : [];
  });
}

function tableOf(list: ResultList, shape: ReadonlyMap<string, FieldShape>): ExportTable | undefined {
  let fields = shape;
  let parent: FieldShape | undefined;
  for (const key of list.path) {
    parent = fields.get(key);
    if (!parent) return undefined;
    fields = parent.fields;
  }
  const listField = fields.get(list.key);
  if (!listField) return undefined;
  const connection = list.connection && parent ? { field: parent, item: listField.fields.get('node') } : undefined;
  if (connection?.item) return { field: connection.field, columns: exportColumns(connection.field, connection.item), first: list };
  return { field: listField, columns: exportColumns(listField, listField), first: list };
}
