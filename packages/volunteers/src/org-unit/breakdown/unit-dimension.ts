import { unitGroupDomain, unitGroupMap, unitNameOf, type UnitLevel } from '@civic/org-tree';
import { NO_KEY, type CubeDimension } from '@civic/subgraph-kit';

export const UNIT_LEVEL_OF = { TOWNSHIP: 'INSTITUTE', VILLAGE: 'STATION', CHILD_UNIT: 'CHILD' } as const satisfies Record<
  string,
  UnitLevel | 'CHILD'
>;

/** Label of the cell of home units above the dimension's level (e.g. volunteers registered at an institute, by VILLAGE). */
const ABOVE_LEVEL = '本级及以上';

/**
 * An org-unit dimension of a breakdown whose facts carry the home unit `unitColumn`: a join mapping
 * each home unit to its group under the root (SQL `rootId`), and the dimension over it. All groups
 * get cells (zeros included) unless `skipEmpty`; the home units above the level share the key NONE,
 * present only when they have figures. `position` is the dimension's place in the cube (its key column).
 */
export function unitDimension(
  name: string,
  level: UnitLevel | 'CHILD',
  rootId: string,
  unitColumn: string,
  position: number,
  skipEmpty: boolean,
): { join: string; dimension: CubeDimension } {
  const alias = `group_${position}`;
  const join = `LEFT JOIN ${unitGroupMap(rootId, level)} ${alias} ON ${alias}.unit_id = ${unitColumn}`;
  const labelled = (key: string) => `coalesce(${unitNameOf(key)}, '${ABOVE_LEVEL}')`;
  if (skipEmpty) return { join, dimension: { name, key: `${alias}.group_id`, labelSql: labelled } };
  const aboveLevel = `SELECT DISTINCT key_${position}, '${ABOVE_LEVEL}'::text FROM grouped WHERE key_${position} = '${NO_KEY}'`;
  return { join, dimension: { name, key: `${alias}.group_id`, domain: `${unitGroupDomain(rootId, level)} UNION ALL ${aboveLevel}` } };
}
