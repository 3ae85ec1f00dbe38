import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { coveredUnits, StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { MonthlyServiceHours } from './monthly-hours.type';

export interface MonthlyKey {
  unitId: string;
  scope: StatsScope;
  year: number;
}

/**
 * Approved hours by month (China time) of the volunteers registered at many units or subtrees, for
 * one year each, in one statement. Months without service are left out.
 */
export function monthlyHoursLoader(db: DataSource): DataLoader<MonthlyKey, MonthlyServiceHours[], string> {
  return new DataLoader<MonthlyKey, MonthlyServiceHours[], string>(
    async (keys) => {
      const rows: { ord: string; month: string; hours: string; records: number; volunteers: number }[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.unit_id, t.path, q.subtree, q.year
           FROM unnest($1::int[], $2::boolean[], $3::int[]) WITH ORDINALITY AS q(unit_id, subtree, year, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         )
         SELECT a.ord, to_char(r.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                sum(r.hours) AS hours, count(*)::int AS records, count(DISTINCT r.volunteer_id)::int AS volunteers
         FROM asked a
         CROSS JOIN LATERAL (
           ${coveredUnits('a')}
         ) c
         JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id
         JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED'
          AND r.started_at >= make_timestamptz(a.year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND r.started_at < make_timestamptz(a.year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
         GROUP BY a.ord, 2 ORDER BY a.ord, 2`,
        [keys.map((k) => tryParseId(k.unitId) ?? 0), keys.map((k) => k.scope !== StatsScope.SELF), keys.map((k) => k.year)],
      );
      const byOrd = new Map<number, MonthlyServiceHours[]>();
      for (const row of rows) {
        const list = byOrd.get(Number(row.ord)) ?? [];
        list.push({ month: row.month, hours: Number(row.hours), recordCount: row.records, volunteerCount: row.volunteers });
        byOrd.set(Number(row.ord), list);
      }
      return keys.map((_, i) => byOrd.get(i + 1) ?? []);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.year}` },
  );
}
