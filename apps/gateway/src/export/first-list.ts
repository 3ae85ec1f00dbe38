import { isPlainObject } from './flatten-row';

/** Where the rows of an export are in a result, and how to get the next page of them. */
export interface FirstList {
  /** Field names from `data` to the list's parent object (the connection, for edges). */
  path: string[];
  /** The list's field in that parent (`edges` for a connection). */
  key: string;
  /** The items of the list; for a connection's `edges`, their `node`s. */
  items: unknown[];
  /** The connection's pageInfo, when the list is a connection's edges and pageInfo was selected. */
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The first list in the result, in the order the query selected the fields (depth first). A
 * connection's `edges` count as a list of their nodes, so `volunteers { edges { node { … } } }`
 * exports one row per volunteer, not per edge.
 */
export function findFirstList(data: unknown): FirstList | undefined {
  return search(data, []);
}

/** The same list in a later page of the same query: found by the path of the first page. */
export function listAtPath(data: unknown, path: readonly string[], key: string): FirstList | undefined {
  let parent: unknown = data;
  for (const field of path) parent = isPlainObject(parent) ? parent[field] : undefined;
  if (!isPlainObject(parent) || !Array.isArray(parent[key])) return undefined;
  return asList(parent, key, [...path]);
}

function search(value: unknown, path: string[]): FirstList | undefined {
  if (!isPlainObject(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child)) return asList(value, key, path);
    const found = search(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function asList(parent: Record<string, unknown>, key: string, path: string[]): FirstList {
  const list = parent[key] as unknown[];
  const isEdges = key === 'edges' && list.every((edge) => isPlainObject(edge) && 'node' in edge);
  if (!isEdges) return { path, key, items: list };
  const pageInfo = parent.pageInfo;
  return {
    path,
    key,
    items: list.map((edge) => (edge as { node: unknown }).node),
    pageInfo: isPlainObject(pageInfo) && typeof pageInfo.hasNextPage === 'boolean' ? (pageInfo as FirstList['pageInfo']) : undefined,
  };
}
