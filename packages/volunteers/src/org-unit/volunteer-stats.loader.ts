import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { coveredUnits, StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { VolunteerStats } from './volunteer-stats.type';

export interface StatsKey {
  unitId: string;
  scope: StatsScope;
}

const EMPTY: VolunteerStats = { volunteerCount: 0, teamCount: 0, serviceHours: 0 };

/**
 * Volunteer figures for many units in one statement: the covered units come from the org
 * subgraph's published view `org.unit_tree` (a range over the materialised paths, which the path
 * index serves), and their figures from the per-unit roll-up `volunteers.unit_rollup`, so a
 * county's figures read a few hundred small rows however many volunteers it has.
 */
export function volunteerStatsLoader(db: DataSource): DataLoader<StatsKey, VolunteerStats, string> {
  return new DataLoader<StatsKey, VolunteerStats, string>(
    async (keys) => {
      const ids = keys.map((k) => tryParseId(k.unitId) ?? 0);
      const subtree = keys.map((k) => k.scope !== StatsScope.SELF);
      const rows: { ord: string; volunteer_count: number; team_count: number; service_hours: string }[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.unit_id, q.subtree, t.path
           FROM unnest($1::int[], $2::boolean[]) WITH ORDINALITY AS q(unit_id, subtree, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         )
         SELECT a.ord, coalesce(sum(r.volunteer_count), 0)::int AS volunteer_count, coalesce(sum(r.team_count), 0)::int AS team_count,
                coalesce(sum(r.service_hours), 0) AS service_hours
         FROM asked a
         CROSS JOIN LATERAL (
           ${coveredUnits('a')}
         ) c
         JOIN volunteers.unit_rollup r ON r.unit_id = c.unit_id
         GROUP BY a.ord`,
        [ids, subtree],
      );
      const byOrd = new Map(rows.map((r) => [Number(r.ord), r]));
      return keys.map((_, i) => {
        const row = byOrd.get(i + 1);
        return row ? { volunteerCount: row.volunteer_count, teamCount: row.team_count, serviceHours: Number(row.service_hours) } : EMPTY;
      });
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}` },
  );
}
