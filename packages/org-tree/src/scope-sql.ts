import { pathWithin } from './path-sql';
import { UNIT_TREE } from './unit-tree-contract';

/**
 * Whether units lie in a caller's scope, in one statement: `$1` the unit ids, `$2` the code of the
 * unit whose subtree confines the caller. One row per unit in the tree, `{ id, inside }`; `inside`
 * is false when `$2` names no unit. Ids not in the tree get no row.
 */
export const UNITS_INSIDE_SCOPE_SQL = `SELECT t.id, coalesce(${pathWithin('t.path', 's.path')}, false) AS inside
       FROM ${UNIT_TREE} t LEFT JOIN ${UNIT_TREE} s ON s.code = $2
       WHERE t.id = ANY($1::int[])`;
