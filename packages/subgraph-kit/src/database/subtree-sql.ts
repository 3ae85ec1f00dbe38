/**
 * SQL for "the ids of the unit bound as `:param` and every unit below it", over the org subgraph's
 * published `org.unit_tree`, for `x.unit_id IN ${unitsInSubtree('root')}` in a query builder. The
 * subtree is the same index range of materialised paths as in `coveredUnits`.
 */
export function unitsInSubtree(param: string): string {
  return `(SELECT u.id FROM org.unit_tree u, (SELECT a.path FROM org.unit_tree a WHERE a.id = :${param}) root
           WHERE ${pathWithin('u.path', 'root.path')})`;
}

/**
 * SQL that is true when the materialised path `path` lies at or below `rootPath`: an index range
 * ('~' sorts after '/' and digits, the only characters of a path) that the `text_pattern_ops`
 * path index serves, where `path LIKE rootPath || '%'` with a computed pattern cannot use it.
 */
export function pathWithin(path: string, rootPath: string): string {
  return `${path} ~>=~ ${rootPath} AND ${path} ~<~ (${rootPath} || '~')`;
}

/**
 * SQL for a LATERAL sub-select yielding `unit_id` for each unit an asked row covers: the unit alone,
 * or (when `${asked}.subtree`) it and every unit below it. `asked` must carry `unit_id`, `subtree`
 * and the unit's `path`. The subtree is `pathWithin`'s index range.
 */
export function coveredUnits(asked: string): string {
  return `SELECT u.id AS unit_id FROM org.unit_tree u
           WHERE ${asked}.subtree AND ${pathWithin('u.path', `${asked}.path`)}
           UNION ALL
           SELECT ${asked}.unit_id WHERE NOT ${asked}.subtree`;
}
