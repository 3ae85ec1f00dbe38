import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { chinaMonthOf, monthsOfPeriod, periodBounds, StatsScope, tryParseId, type Period } from '@civic/subgraph-kit';
import type { MonthlyServiceHours } from './monthly-hours.type';

export interface MonthlyKey {
  unitId: string;
  scope: StatsScope;
  period: Period;
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
  perKey: {
    period_start: { type: 'timestamptz', of: (key) => periodBounds(key.period).start },
    period_end: { type: 'timestamptz', of: (key) => periodBounds(key.period).end },
  },
  aggregate: `SELECT c.ord, ${chinaMonthOf('r.started_at')} AS month,
       sum(r.hours) AS hours, count(*)::int AS records, count(DISTINCT r.volunteer_id)::int AS volunteers
FROM covered c
JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id
JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED'
 AND (c.period_start IS NULL OR r.started_at >= c.period_start) AND (c.period_end IS NULL OR r.started_at < c.period_end)
GROUP BY c.ord, 2 ORDER BY c.ord, 2`,
});

/**
 * Approved hours by month (China time) of the volunteers registered at many units or subtrees, each
 * for its period, in one statement. With a closed period every month of it is present, zeros where
 * nobody served; with an open one, the months with service.
 */
export function monthlyHoursLoader(db: DataSource): DataLoader<MonthlyKey, MonthlyServiceHours[], string> {
  return new DataLoader<MonthlyKey, MonthlyServiceHours[], string>(
    async (keys) =>
      (await MONTHLY_HOURS.rowsOfEachKey(db, keys)).map((rows, i) => {
        const found = new Map(
          rows.map((row) => [
            row.month,
            { month: row.month, hours: Number(row.hours), recordCount: row.records, volunteerCount: row.volunteers },
          ]),
        );
        const months = monthsOfPeriod(keys[i].period);
        if (months.length === 0) return [...found.values()];
        return months.map((month) => found.get(month) ?? { month, hours: 0, recordCount: 0, volunteerCount: 0 });
      }),
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.period.from ?? ''}:${key.period.to ?? ''}` },
  );
}
