import type { CsvValue } from './csv-format';
import { CURSOR_VARIABLE } from './export-operation';
import type { ExecutePage, PageResponse } from './execute-page';
import { findFirstList, listAtPath, type FirstList } from './first-list';
import { flattenRow } from './flatten-row';

export interface CollectedRows {
  rows: Record<string, CsvValue>[];
  pages: number;
  /** Why the file holds fewer rows than the query could give, if it does. */
  truncated?: 'row-cap' | 'no-after-variable' | 'no-page-info';
}

/** A page whose answer is not data to export: handed back to the caller as /graphql gave it. */
export class ExportPageFailed extends Error {
  constructor(readonly page: PageResponse) {
    super('an export page failed');
  }
}

/**
 * Runs the query, takes the first list of its result as rows, and while that list is a connection
 * with a next page (and the query takes `$after`), runs it again from `pageInfo.endCursor`, until
 * `maxRows` rows.
 */
export async function collectRows(
  executePage: ExecutePage,
  variables: Record<string, unknown>,
  options: { maxRows: number; pagesWithAfter: boolean },
): Promise<CollectedRows> {
  const first = await fetchPage(executePage, variables);
  let list = findFirstList(first);
  const rows: Record<string, CsvValue>[] = [];
  let pages = 1;
  const seenCursors = new Set<string>();
  for (;;) {
    if (!list) return { rows, pages };
    for (const item of list.items) {
      if (rows.length === options.maxRows) return { rows, pages, truncated: 'row-cap' };
      rows.push(flattenRow(item));
    }
    const next = nextCursor(list);
    if (next === undefined) return { rows, pages };
    if (rows.length === options.maxRows) return { rows, pages, truncated: 'row-cap' };
    if (next === null) return { rows, pages, truncated: 'no-page-info' };
    if (!options.pagesWithAfter) return { rows, pages, truncated: 'no-after-variable' };
    // A server that hands back a cursor it already gave would loop for ever.
    if (seenCursors.has(next)) return { rows, pages };
    seenCursors.add(next);
    const page = await fetchPage(executePage, { ...variables, [CURSOR_VARIABLE]: next });
    pages += 1;
    list = listAtPath(page, list.path, list.key);
  }
}

/** undefined: no more pages; null: there are more but the query did not select pageInfo. */
function nextCursor(list: FirstList): string | null | undefined {
  if (!list.pageInfo) return list.key === 'edges' ? null : undefined;
  if (!list.pageInfo.hasNextPage) return undefined;
  return list.pageInfo.endCursor ?? null;
}

async function fetchPage(executePage: ExecutePage, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const page = await executePage(variables);
  if (page.status >= 400 || (page.body.errors?.length ?? 0) > 0 || !page.body.data) throw new ExportPageFailed(page);
  return page.body.data;
}
