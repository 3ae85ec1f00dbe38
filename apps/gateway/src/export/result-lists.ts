import { isPlainObject } from './plain-object';

/** A list in a result, and how to find it and its next page again. */
export interface ResultList {
  /** Response keys from `data` to the list's parent object (the connection, for edges). */
  path: string[];
  /** The list's key in that parent (`edges` for a connection). */
  key: string;
  /** Whether the list is a connection's `edges`. */
  connection: boolean;
  /** The items of the list; for a connection's `edges`, their `node`s. */
  items: unknown[];
  /** The connection's pageInfo, when the list is a connection's edges and pageInfo was selected. */
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every list in the result that is not inside another list, in the order the query selected them
 * (depth first). A connection's `edges` count as a list of their nodes, so
 * `volunteers { edges { node { … } } }` is one row per volunteer, not per edge.
 */
export function findLists(data: unknown): ResultList[] {
  const found: ResultList[] = [];
  search(data, [], found);
  return found;
}

/** The same list in a later page of the same query: found by the path of the first page. */
export function listAtPath(data: unknown, path: readonly string[], key: string): ResultList | undefined {
  let parent: unknown = data;
  for (const field of path) parent = isPlainObject(parent) ? parent[field] : undefined;
  if (!isPlainObject(parent) || !Array.isArray(parent[key])) return undefined;
  return asList(parent, key, [...path]);
}

function search(value: unknown, path: string[], found: ResultList[]): void {
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child)) found.push(asList(value, key, path));
    else search(child, [...path, key], found);
  }
}

function asList(parent: Record<string, unknown>, key: string, path: string[]): ResultList {
  const list = parent[key] as unknown[];
  const isEdges = key === 'edges' && list.every((edge) => isPlainObject(edge) && 'node' in edge);
  if (!isEdges) return { path, key, connection: false, items: list };
  const pageInfo = parent.pageInfo;
  return {
    path,
    key,
    connection: true,
    items: list.map((edge) => (edge as { node: unknown }).node),
    pageInfo: isPlainObject(pageInfo) && typeof pageInfo.hasNextPage === 'boolean' ? (pageInfo as ResultList['pageInfo']) : undefined,
  };
}
