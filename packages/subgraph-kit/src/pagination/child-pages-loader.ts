import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { childPagesStatement, type ChildPageRow } from './child-pages-statement';
import type { Connection } from './connection.type';
import { decodeCursor, encodeCursor } from './cursor';
import type { SortKey } from './keyset';
import { pageSize, type PageArgs } from './page-args';
import { ascending, type Ordering } from './ordering';

/** One parent's page of children: which parent, the page asked for, and the filter on its children. */
export interface ChildPageKey<TFilter, TNode = unknown> {
  parentId: number;
  page: PageArgs;
  filter: TFilter;
  /** The order asked for; omitted: the source's `sortKeys`, ascending. */
  ordering?: Ordering<TNode>;
}

/** What a parent's children are, for `childPagesLoader`. */
export interface ChildPagesSource<TNode extends { id: number }, TFilter> {
  /**
   * What follows `FROM`: the children of the parents in `parents` (an SQL int[]) that match
   * `filter`, e.g. `volunteers.service_record record WHERE record.volunteer_id = ANY(${parents})`;
   * `bind` adds a parameter and returns its placeholder.
   */
  from(parents: string, filter: TFilter, bind: (value: unknown) => string): string;
  /** SQL, over `from`, of a child's parent id and of the child's own id. */
  parentId: string;
  childId: string;
  /** The default page order and cursors, as for `paginate` (the last key unique). */
  sortKeys: SortKey<TNode>[];
  /** The children with these ids, in any order. */
  load(ids: number[]): Promise<TNode[]>;
}

type Queryable = Pick<DataSource, 'query'>;

/**
 * Paginated children of many parents (a volunteer's service records, a team's members) in a
 * constant number of statements, with `paginate`'s semantics: keyset pages after `after`, `first`
 * items, the total across all pages and the same cursors. Parents asked for with the same page
 * arguments and filter share one statement for the pages and totals, and one that loads the nodes.
 */
export function childPagesLoader<TNode extends { id: number }, TFilter = null>(
  db: Queryable,
  source: ChildPagesSource<TNode, TFilter>,
): DataLoader<ChildPageKey<TFilter, TNode>, Connection<TNode>, string> {
  return new DataLoader<ChildPageKey<TFilter, TNode>, Connection<TNode>, string>(
    async (keys) => {
      const pages = new Map<string, Connection<TNode> | Error>();
      await Promise.all(
        groupedBy(keys, shapeOf).map(async (group) => {
          const { page, filter, ordering } = group[0];
          try {
            const connections = await childPages(
              db,
              source,
              group.map((key) => key.parentId),
              page,
              filter,
              ordering ?? ascending(source.sortKeys),
            );
            group.forEach((key) => pages.set(cacheKeyOf(key), connections.get(key.parentId)!));
          } catch (err) {
            group.forEach((key) => pages.set(cacheKeyOf(key), err instanceof Error ? err : new Error(String(err))));
          }
        }),
      );
      return keys.map((key) => pages.get(cacheKeyOf(key))!);
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** Keys with the same shape differ only in their parent: one statement serves them all. */
function shapeOf(key: ChildPageKey<unknown, never>): string {
  return JSON.stringify([key.page.first ?? null, key.page.after ?? null, key.filter ?? null, key.ordering?.name ?? '']);
}

function cacheKeyOf(key: ChildPageKey<unknown, never>): string {
  return `${key.parentId}:${shapeOf(key)}`;
}

async function childPages<TNode extends { id: number }, TFilter>(
  db: Queryable,
  source: ChildPagesSource<TNode, TFilter>,
  parentIds: number[],
  page: PageArgs,
  filter: TFilter,
  ordering: Ordering<TNode>,
): Promise<Map<number, Connection<TNode>>> {
  const size = pageSize(page);
  const after = page.after ? decodeCursor(page.after, ordering.keys.length, ordering.name) : null;
  const rows = {
    from: (parents: string, bind: (value: unknown) => string) => source.from(parents, filter, bind),
    parentId: source.parentId,
    childId: source.childId,
    sortExpressions: ordering.keys.map((key) => key.expression),
  };
  const statement = childPagesStatement(rows, parentIds, after, size + 1, ordering.direction);
  const found: ChildPageRow[] = await db.query(statement.sql, statement.params);

  const byParent = new Map<number, { total: number; childIds: number[] }>();
  for (const row of found) {
    const entry = byParent.get(row.parent_id) ?? { total: row.total, childIds: [] };
    if (row.child_id !== null) entry.childIds.push(row.child_id);
    byParent.set(row.parent_id, entry);
  }
  const pageIds = (parentId: number) => byParent.get(parentId)?.childIds.slice(0, size) ?? [];
  const wanted = [...new Set(parentIds.flatMap(pageIds))];
  const nodes = new Map((wanted.length > 0 ? await source.load(wanted) : []).map((node) => [node.id, node]));

  return new Map(
    parentIds.map((parentId) => {
      const { total, childIds } = byParent.get(parentId) ?? { total: 0, childIds: [] };
      const edges = pageIds(parentId)
        .map((id) => nodes.get(id))
        .filter((node): node is TNode => node !== undefined)
        .map((node) => ({
          node,
          cursor: encodeCursor(
            ordering.keys.map((key) => key.value(node)),
            ordering.name,
          ),
        }));
      const hasNextPage = size === 0 ? total > 0 && !page.after : childIds.length > size;
      return [parentId, { edges, totalCount: total, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } }];
    }),
  );
}
