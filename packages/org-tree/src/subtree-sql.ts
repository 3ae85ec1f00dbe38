import { pathWithin } from './path-sql';
import { UNIT_TREE } from './unit-tree-contract';

/**
 * SQL for "the ids of the unit bound as `:param` and every unit below it", for
 * `x.unit_id IN ${unitsInSubtree('root')}` in a query builder. The subtree is `pathWithin`'s index range.
 */
export function unitsInSubtree(param: string): string {
  return `(SELECT u.id FROM ${UNIT_TREE} u, (SELECT a.path FROM ${UNIT_TREE} a WHERE a.id = :${param}) root
           WHERE ${pathWithin('u.path', 'root.path')})`;
}

/**
 * SQL for a derived table of the view's rows for the unit whose code is the SQL expression `code`
 * and every unit below it: `FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION'`.
 */
export function subtreeOfCode(code: string): string {
  return `(SELECT u.* FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} top ON ${pathWithin('u.path', 'top.path')} WHERE top.code = ${code})`;
}
