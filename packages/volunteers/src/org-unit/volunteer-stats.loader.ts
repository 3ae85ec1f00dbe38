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
           SELECT q.unit_id, q.subtree, q.ord, t.path
           FROM unnest($1::int[], $2::boolean[]) WITH ORDINALITY AS q(unit_id, subtree, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         covered AS (
           SELECT a.ord, u.id AS unit_id FROM asked a
           JOIN org.unit_tree u ON (a.subtree AND u.path LIKE a.path || '%') OR u.id = a.unit_id
         )
         SELECT c.ord,
           (SELECT count(*)::int FROM volunteers.volunteer v WHERE v.home_unit_id IN (SELECT unit_id FROM covered c2 WHERE c2.ord = c.ord)) AS volunteer_count,
           (SELECT count(*)::int FROM volunteers.volunteer_team t WHERE t.org_unit_id IN (SELECT unit_id FROM covered c2 WHERE c2.ord = c.ord)) AS team_count,
           (SELECT coalesce(sum(v.total_service_hours), 0) FROM volunteers.volunteer v
             WHERE v.home_unit_id IN (SELECT unit_id FROM covered c2 WHERE c2.ord = c.ord)) AS service_hours
         FROM (SELECT DISTINCT ord FROM covered) c`,
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
