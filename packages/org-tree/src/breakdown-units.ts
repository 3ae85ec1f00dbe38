import { pathWithin } from './path-sql';
import { UNIT_TREE, type UnitLevel } from './unit-tree-contract';

/**
 * For breaking figures down by org unit: SQL of a derived table `(unit_id, group_id)` mapping every
 * unit in the subtree of the unit whose id is the SQL `rootId` to the unit it is counted under:
 * its ancestor (or itself) at `level`, e.g. the township institute of a village station, or, with
 * level `CHILD`, the root's child it lies under (the root is its own group when it is at `level`; with `CHILD` it is in no group). Units above the level map
 * to no group. Join facts to it by their unit id. (`OFFSET 0` keeps the planner from folding it into
 * the facts' join, where it looked the groups up again for every fact row: 1 s instead of 0.1 s on a
 * province's data.)
 */
export function unitGroupMap(rootId: string, level: UnitLevel | 'CHILD'): string {
  return `(SELECT u.id AS unit_id, g.id AS group_id
           FROM ${UNIT_TREE} root
           JOIN ${UNIT_TREE} g ON ${groupCondition('g', 'root', level)}
           JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'g.path')}
           WHERE root.id = ${rootId}
           OFFSET 0)`;
}

/**
 * SQL rows `(key text, label text)`: every group of `unitGroupMap` (id and name), closed units
 * too (their history counts), so groups without figures still get cells.
 */
export function unitGroupDomain(rootId: string, level: UnitLevel | 'CHILD'): string {
  return `SELECT g.id::text AS key, g.name AS label
          FROM ${UNIT_TREE} root JOIN ${UNIT_TREE} g ON ${groupCondition('g', 'root', level)}
          WHERE root.id = ${rootId}`;
}

/** SQL for the name of the unit whose id, as text, is `key`. */
export function unitNameOf(key: string): string {
  return `(SELECT n.name FROM ${UNIT_TREE} n WHERE n.id::text = ${key})`;
}

function groupCondition(group: string, root: string, level: UnitLevel | 'CHILD'): string {
  if (level === 'CHILD') return `${group}.parent_id = ${root}.id`;
  return `${group}.level = '${level}' AND ${pathWithin(`${group}.path`, `${root}.path`)}`;
}
