import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { VolunteerStats } from './volunteer-stats.type';

export interface StatsKey {
  unitId: string;
  scope: StatsScope;
}

interface StatsRow {
  ord: string;
  volunteer_count: number;
  team_count: number;
  service_hours: string;
}

const EMPTY: VolunteerStats = { volunteerCount: 0, teamCount: 0, serviceHours: 0 };

/**
 * The covered units' figures come from the per-unit roll-up `volunteers.unit_rollup`, so a county's
 * figures read a few hundred small rows however many volunteers it has.
 */
const VOLUNTEER_STATS = subtreeStatistics<StatsKey, StatsRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  aggregate: `SELECT c.ord, coalesce(sum(r.volunteer_count), 0)::int AS volunteer_count, coalesce(sum(r.team_count), 0)::int AS team_count,
       coalesce(sum(r.service_hours), 0) AS service_hours
FROM covered c JOIN volunteers.unit_rollup r ON r.unit_id = c.unit_id
GROUP BY c.ord`,
});

/** Volunteer figures for many units or subtrees in one statement; unknown units get zeros. */
export function volunteerStatsLoader(db: DataSource): DataLoader<StatsKey, VolunteerStats, string> {
  return new DataLoader<StatsKey, VolunteerStats, string>(
    async (keys) =>
      (await VOLUNTEER_STATS.rowsOfEachKey(db, keys)).map(([row]) =>
        row ? { volunteerCount: row.volunteer_count, teamCount: row.team_count, serviceHours: Number(row.service_hours) } : EMPTY,
      ),
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}` },
  );
}
