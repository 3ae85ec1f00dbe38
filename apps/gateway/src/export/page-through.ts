import type { ExportTable } from './export-tables';
import { listAtPath, type ResultList } from './result-lists';

/** Why a table holds fewer rows than the query could give. */
export type IncompleteReason = 'row-cap' | 'no-after-variable' | 'no-page-info';

export interface TableOutcome {
  rows: number;
  incomplete?: IncompleteReason;
}

/** The rows an export may still write: one cap for all its tables, a safety limit rather than a page size. */
export class RowBudget {
  constructor(public remaining: number) {}

  take(wanted: number): number {
    const taken = Math.min(wanted, this.remaining);
    this.remaining -= taken;
    return taken;
  }
}

/** Runs the export's query again with these variables: the page's data, or ExportPageFailed. */
export type FetchPage = (variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * Hands the table's rows to `writePage` page by page, as they arrive: the first page's, then,
 * while the list is a connection with a next page and its field takes a variable as `after`,
 * the next page's (the query run again with that variable set to `pageInfo.endCursor`, every other
 * variable as the caller sent it), until the budget is spent. Only one page is held at a time.
 */
export async function pageThrough(
  table: ExportTable,
  fetchPage: FetchPage,
  variables: Record<string, unknown>,
  budget: RowBudget,
  writePage: (items: readonly unknown[]) => Promise<void>,
): Promise<TableOutcome> {
  let list = table.first;
  let rows = 0;
  const seenCursors = new Set<string>();
  for (;;) {
    const taken = budget.take(list.items.length);
    if (taken > 0) await writePage(taken === list.items.length ? list.items : list.items.slice(0, taken));
    rows += taken;
    if (taken < list.items.length) return { rows, incomplete: 'row-cap' };
    const next = nextCursor(list);
    if (next === undefined) return { rows };
    if (budget.remaining === 0) return { rows, incomplete: 'row-cap' };
    if (next === null) return { rows, incomplete: 'no-page-info' };
    const variable = table.field.afterVariable;
    if (!variable) return { rows, incomplete: 'no-after-variable' };
    // A server that hands back a cursor it already gave would loop for ever.
    if (seenCursors.has(next)) return { rows };
    seenCursors.add(next);
    const following = listAtPath(await fetchPage({ ...variables, [variable]: next }), list.path, list.key);
    if (!following) return { rows };
    list = following;
  }
}

/** undefined: no more pages; null: there are more but the query did not select pageInfo. */
function nextCursor(list: ResultList): string | null | undefined {
  if (!list.pageInfo) return list.connection ? null : undefined;
  if (!list.pageInfo.hasNextPage) return undefined;
  return list.pageInfo.endCursor ?? null;
}
