/**
 * SQL for "the ids of the unit bound as `:param` and every unit below it", over the org subgraph's
 * published `org.unit_tree`, for `x.unit_id IN ${unitsInSubtree('root')}` in a query builder. The
 * subtree is the same index range of materialised paths as in `coveredUnits`.
 */
export function unitsInSubtree(param: string): string {
  return `(SELECT u.id FROM org.unit_tree u, (SELECT a.path FROM org.unit_tree a WHERE a.id = :${param}) root
           WHERE u.path ~>=~ root.path AND u.path ~<~ (root.path || '~'))`;
}

/**
 * SQL for a LATERAL sub-select yielding `unit_id` for each unit an asked row covers: the unit alone,
 * or (when `${asked}.subtree`) it and every unit below it. `asked` must carry `unit_id`, `subtree`
 * and the unit's `path`. The subtree is a range over the materialised paths ('~' sorts after '/'
 * and digits), which the path index serves; a computed LIKE pattern cannot use it.
 */
export function coveredUnits(asked: string): string {
  return `SELECT u.id AS unit_id FROM org.unit_tree u
           WHERE ${asked}.subtree AND u.path ~>=~ ${asked}.path AND u.path ~<~ (${asked}.path || '~')
           UNION ALL
           SELECT ${asked}.unit_id WHERE NOT ${asked}.subtree`;
}
