import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { MonthlyServiceHours } from './monthly-hours.type';

export interface MonthlyKey {
  unitId: string;
  scope: StatsScope;
  year: number;
}

interface MonthRow {
  ord: string;
  month: string;
  hours: string;
  records: number;
  volunteers: number;
}

const MONTHLY_HOURS = subtreeStatistics<MonthlyKey, MonthRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  perKey: { year: { type: 'int', of: (key) => key.year } },
  aggregate: `SELECT c.ord, to_char(r.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
       sum(r.hours) AS hours, count(*)::int AS records, count(DISTINCT r.volunteer_id)::int AS volunteers
FROM covered c
JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id
JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED'
 AND r.started_at >= make_timestamptz(c.year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
 AND r.started_at < make_timestamptz(c.year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
GROUP BY c.ord, 2 ORDER BY c.ord, 2`,
});

/**
 * Approved hours by month (China time) of the volunteers registered at many units or subtrees, for
 * one year each, in one statement. Months without service are left out.
 */
export function monthlyHoursLoader(db: DataSource): DataLoader<MonthlyKey, MonthlyServiceHours[], string> {
  return new DataLoader<MonthlyKey, MonthlyServiceHours[], string>(
    async (keys) =>
      (await MONTHLY_HOURS.rowsOfEachKey(db, keys)).map((rows) =>
        rows.map((row) => ({ month: row.month, hours: Number(row.hours), recordCount: row.records, volunteerCount: row.volunteers })),
      ),
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.year}` },
  );
}
