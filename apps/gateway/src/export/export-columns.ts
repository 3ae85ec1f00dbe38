import type { FieldShape } from './result-shape';

/** Joins the labels of a nested column's fields: 所属阵地·名称 for `homeUnit.name`. */
export const LABEL_JOINER = '·';

/** One column of an exported list: a leaf the query selected under the list's items. */
export interface ExportColumn {
  /** Response keys from an item to the leaf; empty when the items are themselves scalars. */
  path: string[];
  /** The dotted path (`homeUnit.name`), the CSV's header: the value as /graphql names it. */
  key: string;
  /** The spreadsheet's header: the labels along the path, joined; made unique within the list. */
  heading: string;
  /** The leaf's field: its type decides how a value is written. */
  leaf: FieldShape;
  /** Whether a list lies on the path (sessions.title, skills), so that one row holds several values, joined. */
  joinsValues: boolean;
}

/**
 * The columns of a list, from the query rather than the data: every selected leaf under an item,
 * in selection order, so that a CSV's header line is known before the first row and does not
 * depend on which objects the first page happens to hold. `list` is the list's field (the
 * connection's, for edges) and `item` the shape of one item (the edges' `node`).
 */
export function exportColumns(list: FieldShape, item: FieldShape): ExportColumn[] {
  const columns: ExportColumn[] = [];
  if (item.fields.size === 0) columns.push({ path: [], key: 'value', heading: list.label, leaf: item, joinsValues: false });
  else collectLeaves(item, { path: [], labels: [], joinsValues: false }, columns);
  return withUniqueHeadings(columns);
}

function collectLeaves(shape: FieldShape, at: { path: string[]; labels: string[]; joinsValues: boolean }, into: ExportColumn[]): void {
  for (const field of shape.fields.values()) {
    const next = {
      path: [...at.path, field.responseKey],
      labels: [...at.labels, field.label],
      joinsValues: at.joinsValues || field.isList,
    };
    if (field.fields.size > 0) {
      collectLeaves(field, next, into);
      continue;
    }
    into.push({
      path: next.path,
      key: next.path.join('.'),
      heading: next.labels.join(LABEL_JOINER),
      leaf: field,
      joinsValues: next.joinsValues,
    });
  }
}

/** Two fields may carry the same label (a unit's 名称 and its parent's): such headings get their path added. */
function withUniqueHeadings(columns: ExportColumn[]): ExportColumn[] {
  const counts = new Map<string, number>();
  for (const column of columns) counts.set(column.heading, (counts.get(column.heading) ?? 0) + 1);
  return columns.map((column) => (counts.get(column.heading)! > 1 ? { ...column, heading: `${column.heading} (${column.key})` } : column));
}
