/**
 * SQL that is true when the materialised path `path` lies at or below `rootPath`: an index range
 * ('~' sorts after '/' and digits, the only characters of a path) that the `text_pattern_ops`
 * path index serves, where `path LIKE rootPath || '%'` with a computed pattern cannot use it.
 */
export function pathWithin(path: string, rootPath: string): string {
  return `${path} ~>=~ ${rootPath} AND ${path} ~<~ (${rootPath} || '~')`;
}

/**
 * SQL for the id, as text, of the child of `rootPath`'s unit that `path` lies under ('' when `path`
 * is `rootPath` itself). Meaningful only where `path` lies within `rootPath`.
 */
export function childIdOnPathBelow(path: string, rootPath: string): string {
  return `split_part(substr(${path}, length(${rootPath}) + 1), '/', 1)`;
}

/**
 * SQL for the id of the unit at `depth` (0: the top) on the way down to the unit with `path`; null
 * for a unit above that depth (the planner may evaluate it on any row of a join, not only those a
 * query keeps).
 */
export function ancestorIdAtDepth(path: string, depth: number): string {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`depth must be a whole number from 0, not ${depth}`);
  return `nullif(split_part(${path}, '/', ${depth + 2}), '')::int`;
}
