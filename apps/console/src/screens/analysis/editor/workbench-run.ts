/** One operation the workbench ran, and what /graphql answered (errors included, as GraphiQL shows them). */
export interface WorkbenchRun {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  response: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  /** Epoch milliseconds. */
  at: number;
}

/** What the editor holds now: the text of its operation and variables panes. */
export interface EditorContents {
  query: string;
  /** JSON text, possibly empty. */
  variables: string;
  /** The operation the cursor is in, when the document has several. */
  operationName?: string;
}

/** How a table column is titled and its values read: the schema's Chinese labels. */
export interface ColumnDescription {
  heading: string;
  /** Chinese labels of an enum column's values (INTO_SCHOOL → 进学校). */
  enumLabels?: Record<string, string>;
}

/**
 * The workbench's hold on GraphiQL, registered from inside it once its editors exist: the lists
 * beside the editor load queries into it, and the result panel reads what it runs.
 */
export interface EditorBridge {
  read(): EditorContents;
  load(contents: { query: string; variables: string }): void;
  /** Runs the operation in the editor, as its ▶ button does. */
  run(): void;
  /** Headings of a table's columns from the schema the editor loaded; plain paths until it has. */
  describeColumns(run: WorkbenchRun, listPath: string[], columns: string[]): Record<string, ColumnDescription>;
}
