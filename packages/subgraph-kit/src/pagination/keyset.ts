import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Connection } from './connection.type';
import { decodeCursor, encodeCursor, type CursorValues } from './cursor';
import { pageSize, type PageArgs } from './page-args';
import { ascending, type Ordering } from './ordering';

/**
 * One sort column of a keyset. `expression` is the SQL (e.g. `unit.name`); `value` reads the same
 * value from an entity. The last key must be unique (usually the id) so the order is total.
 */
export interface SortKey<T> {
  expression: string;
  value: (row: T) => string | number | null;
}

/**
 * Keyset (seek) pagination: the next page starts strictly after the cursor's sort values, so
 * deep pages cost the same as the first and concurrent inserts never shift items between pages.
 * Two statements: the page (one extra row tells whether more follow) and the total count.
 * `order` is ascending sort keys or an `Ordering` (see orderingOf) in either direction.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: SortKey<T>[] | Ordering<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  const { keys: sortKeys, direction, name } = ascending(order);
  const size = pageSize(args);
  const countQuery = query.clone();
  const pageQuery = query.clone();

  if (args.after) {
    const values = decodeCursor(args.after, sortKeys.length, name);
    const columns = sortKeys.map((key) => key.expression).join(', ');
    const params = Object.fromEntries(values.map((v, i) => [`__after${i}`, v]));
    const placeholders = values.map((_, i) => `:__after${i}`).join(', ');
    pageQuery.andWhere(`(${columns}) ${direction === 'DESC' ? '<' : '>'} (${placeholders})`, params);
  }
  sortKeys.forEach((key, i) => (i === 0 ? pageQuery.orderBy(key.expression, direction) : pageQuery.addOrderBy(key.expression, direction)));
  pageQuery.limit(size + 1);

  const [rows, totalCount] = await Promise.all([size === 0 ? Promise.resolve([]) : pageQuery.getMany(), countQuery.getCount()]);
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map((node) => ({ node, cursor: cursorOf(node, sortKeys, name) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: size === 0 ? totalCount > 0 && !args.after : rows.length > size,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function cursorOf<T>(row: T, sortKeys: SortKey<T>[], orderName: string): string {
  const values: CursorValues = sortKeys.map((key) => key.value(row));
  return encodeCursor(values, orderName);
}
