/**
 * SQL for "the ids of the unit bound as `:param` and every unit below it", over the org subgraph's
 * published `org.unit_tree`, for `x.unit_id IN ${unitsInSubtree('root')}` in a query builder.
 */
export function unitsInSubtree(param: string): string {
  return `(SELECT u.id FROM org.unit_tree u WHERE u.path LIKE (SELECT a.path FROM org.unit_tree a WHERE a.id = :${param}) || '%')`;
}
