import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { StatsScope, tryParseId } from '@civic/kernel';
import type { VolunteerStats } from './volunteer-stats.type';

export interface StatsKey {
  unitId: string;
  scope: StatsScope;
}

const EMPTY: VolunteerStats = { volunteerCount: 0, teamCount: 0, serviceHours: 0 };

/**
 * Volunteer figures for many units in one statement. The subtree comes from the org subgraph's
 * published view `org.unit_tree` (materialised paths), so it is right the moment a unit moves.
 */
export function volunteerStatsLoader(db: DataSource): DataLoader<StatsKey, VolunteerStats, string> {
  return new DataLoader<StatsKey, VolunteerStats, string>(
    async (keys) => {
      const ids = keys.map((k) => tryParseId(k.unitId) ?? 0);
      const subtree = keys.map((k) => k.scope !== StatsScope.SELF);
      const rows: { ord: string; volunteer_count: number; team_count: number; service_hours: string }[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, t.path, q.subtree
           FROM unnest($1::int[], $2::boolean[]) WITH ORDINALITY AS q(unit_id, subtree, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         covered AS (
           SELECT a.ord, u.id AS unit_id FROM asked a
           JOIN org.unit_tree u ON u.path LIKE a.path || CASE WHEN a.subtree THEN '%' ELSE '' END
         ),
         people AS (
           SELECT c.ord, count(*)::int AS volunteer_count, sum(v.total_service_hours) AS service_hours
           FROM covered c JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id GROUP BY c.ord
         ),
         teams AS (
           SELECT c.ord, count(*)::int AS team_count
           FROM covered c JOIN volunteers.volunteer_team t ON t.org_unit_id = c.unit_id GROUP BY c.ord
         )
         SELECT a.ord, coalesce(p.volunteer_count, 0) AS volunteer_count, coalesce(t.team_count, 0) AS team_count,
                coalesce(p.service_hours, 0) AS service_hours
         FROM asked a LEFT JOIN people p ON p.ord = a.ord LEFT JOIN teams t ON t.ord = a.ord`,
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
