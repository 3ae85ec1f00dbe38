import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { periodBounds, StatsScope, tryParseId, type Period } from '@civic/subgraph-kit';
import type { VolunteerStats } from './volunteer-stats.type';

export interface StatsKey {
  unitId: string;
  scope: StatsScope;
  period: Period;
}

interface StatsRow {
  ord: string;
  volunteer_count: number;
  team_count: number;
  service_hours: string;
}

const EMPTY: VolunteerStats = { volunteerCount: 0, teamCount: 0, serviceHours: 0 };

/**
 * Without a period the covered units' figures come from the per-unit roll-up `volunteers.unit_rollup`,
 * so a county's figures read a few hundred small rows however many volunteers it has.
 */
const STANDING_STATS = subtreeStatistics<StatsKey, StatsRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  aggregate: `SELECT c.ord, coalesce(sum(r.volunteer_count), 0)::int AS volunteer_count, coalesce(sum(r.team_count), 0)::int AS team_count,
       coalesce(sum(r.service_hours), 0) AS service_hours
FROM covered c JOIN volunteers.unit_rollup r ON r.unit_id = c.unit_id
GROUP BY c.ord`,
});

/**
 * With a period [period_start, period_end): volunteers and teams on the register at its end (formed
 * before it, not deregistered or dissolved by then) and the approved hours of service begun in it,
 * counted from the rows.
 */
const PERIOD_STATS = subtreeStatistics<StatsKey, StatsRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  perKey: {
    period_start: { type: 'timestamptz', of: (key) => periodBounds(key.period).start },
    period_end: { type: 'timestamptz', of: (key) => periodBounds(key.period).end },
  },
  with: {
    people: `SELECT c.ord, count(*)::int AS n FROM covered c JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id
      WHERE (c.period_end IS NULL AND v.deregistered_at IS NULL)
         OR (v.registered_at < c.period_end AND (v.deregistered_at IS NULL OR v.deregistered_at >= c.period_end))
      GROUP BY c.ord`,
    teams: `SELECT c.ord, count(*)::int AS n FROM covered c JOIN volunteers.volunteer_team t ON t.org_unit_id = c.unit_id
      WHERE (c.period_end IS NULL AND t.dissolved_at IS NULL)
         OR (t.created_at < c.period_end AND (t.dissolved_at IS NULL OR t.dissolved_at >= c.period_end))
      GROUP BY c.ord`,
    served: `SELECT c.ord, sum(r.hours) AS hours FROM covered c JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id
      JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED'
       AND (c.period_start IS NULL OR r.started_at >= c.period_start) AND (c.period_end IS NULL OR r.started_at < c.period_end)
      GROUP BY c.ord`,
  },
  aggregate: `SELECT k.ord, coalesce(p.n, 0) AS volunteer_count, coalesce(t.n, 0) AS team_count, coalesce(s.hours, 0) AS service_hours
FROM (SELECT DISTINCT ord FROM covered) k LEFT JOIN people p ON p.ord = k.ord LEFT JOIN teams t ON t.ord = k.ord LEFT JOIN served s ON s.ord = k.ord`,
});

/** Volunteer figures for many units or subtrees in one statement per kind of key; unknown units get zeros. */
export function volunteerStatsLoader(db: DataSource): DataLoader<StatsKey, VolunteerStats, string> {
  return new DataLoader<StatsKey, VolunteerStats, string>(
    async (keys) => {
      const periodic = keys.map((key) => Boolean(key.period.from || key.period.to));
      const answers = new Map<StatsKey, VolunteerStats>();
      await Promise.all(
        [STANDING_STATS, PERIOD_STATS].map(async (statistics, i) => {
          const batch = keys.filter((_, k) => periodic[k] === (i === 1));
          if (batch.length === 0) return;
          const rows = await statistics.rowsOfEachKey(db, batch);
          batch.forEach((key, k) => answers.set(key, rows[k][0] ? toStats(rows[k][0]) : EMPTY));
        }),
      );
      return keys.map((key) => answers.get(key) ?? EMPTY);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.period.from ?? ''}:${key.period.to ?? ''}` },
  );
}

function toStats(row: StatsRow): VolunteerStats {
  return { volunteerCount: row.volunteer_count, teamCount: row.team_count, serviceHours: Number(row.service_hours) };
}
