import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { StatsScope, tryParseId } from '@civic/subgraph-kit';

export interface OverdueKey {
  unitId: string;
  scope: StatsScope;
}

/** Findings still OPEN after their due day (逾期未整改), today in China, at each key's unit or subtree. */
const OVERDUE = subtreeStatistics<OverdueKey, { ord: string; overdue: number }>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  aggregate: `SELECT c.ord, count(*)::int AS overdue
FROM covered c JOIN assessment.inspection i ON i.org_unit_id = c.unit_id
JOIN assessment.inspection_finding f ON f.inspection_id = i.id AND f.state = 'OPEN'
  AND f.due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date
GROUP BY c.ord`,
});

/** Overdue fixes of many (unit, scope) keys in one statement; unknown units: 0. */
export function overdueFindingsLoader(db: DataSource): DataLoader<OverdueKey, number, string> {
  return new DataLoader<OverdueKey, number, string>(
    async (keys) => (await OVERDUE.rowsOfEachKey(db, keys)).map(([row]) => row?.overdue ?? 0),
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}` },
  );
}
