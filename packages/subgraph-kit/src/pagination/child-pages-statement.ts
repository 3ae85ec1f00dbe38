/** Where the children come from, in SQL (see ChildPagesSource), for one filter. */
export interface ChildRowsSql {
  from(parents: string, bind: (value: unknown) => string): string;
  parentId: string;
  childId: string;
  /** The page order's SQL expressions, over `from`. */
  sortExpressions: string[];
}

export interface ChildPagesStatement {
  sql: string;
  params: unknown[];
}

/** One row per parent with children (`child_id` null when its page is empty), pages in order. */
export interface ChildPageRow {
  parent_id: number;
  total: number;
  child_id: number | null;
}

/**
 * One statement for the pages of many parents' children, all with the same page arguments:
 * each parent's children numbered in page order after the cursor (`row_number()` partitioned by
 * parent), the first `limit` of them, and each parent's total across all pages, which it carries
 * even when its page is empty.
 */
export function childPagesStatement(
  rows: ChildRowsSql,
  parentIds: number[],
  after: unknown[] | null,
  limit: number,
  direction: 'ASC' | 'DESC' = 'ASC',
): ChildPagesStatement {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const sortColumns = rows.sortExpressions.map((_, i) => `sort_${i}`).join(', ');
  const sortOrder = rows.sortExpressions.map((_, i) => `sort_${i} ${direction}`).join(', ');
  const from = rows.from(`${bind(parentIds)}::int[]`, bind);
  const afterCursor = after ? `WHERE (${sortColumns}) ${direction === 'DESC' ? '<' : '>'} (${after.map(bind).join(', ')})` : '';
  const sql = `
    WITH children AS (
      SELECT ${rows.parentId} AS parent_id, ${rows.childId} AS child_id, ${rows.sortExpressions.map((expression, i) => `${expression} AS sort_${i}`).join(', ')}
      FROM ${from}
    ),
    numbered AS (
      SELECT parent_id, child_id, row_number() OVER (PARTITION BY parent_id ORDER BY ${sortOrder}) AS position
      FROM children ${afterCursor}
    ),
    totals AS (
      SELECT parent_id, count(*)::int AS total FROM children GROUP BY parent_id
    )
    SELECT t.parent_id, t.total, n.child_id
    FROM totals t LEFT JOIN numbered n ON n.parent_id = t.parent_id AND n.position <= ${bind(limit)}
    ORDER BY t.parent_id, n.position`;
  return { sql, params };
}
