import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { StatsScope } from '@civic/subgraph-kit';

export const MAX_CELLS = 5000;

/**
 * That a volunteer's home unit (`homeUnitColumn`) is the root or, for SUBTREE, in its subtree. The
 * subtree's ids are read first, as an array: joined to the view, the planner cannot tell how few
 * units one county's subtree holds and scanned the whole province's volunteers (9 s a breakdown on
 * 3 million); against an array it takes the home-unit index.
 */
export function homeInScope(homeUnitColumn: string, rootId: string, scope: StatsScope): string {
  if (scope === StatsScope.SELF) return `${homeUnitColumn} = ${rootId}`;
  return `${homeUnitColumn} = ANY(ARRAY(SELECT u.id FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} root ON ${pathWithin('u.path', 'root.path')} WHERE root.id = ${rootId}))`;
}
