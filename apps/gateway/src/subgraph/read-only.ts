/**
 * Whether a fetch surely only reads (`query …` or `{ … }`, after any comments, and no `mutation`
 * anywhere, e.g. in a second operation of the document): only those are sent again when a pooled
 * connection turns out to be closed. A mutation may have reached the subgraph, which then closed
 * without answering; sending it twice could record twice.
 */
export function isReadOnly(query: string): boolean {
  return /^(?:\s|#[^\n]*\n?)*(?:query\b|\{)/.test(query) && !/\bmutation\b/.test(query);
}
