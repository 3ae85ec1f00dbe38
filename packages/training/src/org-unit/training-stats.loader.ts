import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { coveredUnits, StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { TrainingAudience } from '../training-program/training-audience';
import type { TrainingStats } from './training-stats.type';

export interface TrainingStatsKey {
  unitId: string;
  scope: StatsScope;
  /** Programs starting in this calendar year; null for all years. */
  year: number | null;
  audience: TrainingAudience | null;
}

/**
 * Figures of the programs organised by many (unit, scope, year, audience) keys in one statement,
 * the subtree taken from the org subgraph's published `org.unit_tree` (a range over the materialised
 * paths, which the path index serves), so it is right the moment a unit moves. Unknown units match nothing: zeros.
 */
export function trainingStatsLoader(db: DataSource): DataLoader<TrainingStatsKey, TrainingStats, string> {
  return new DataLoader<TrainingStatsKey, TrainingStats, string>(
    async (keys) => {
      const rows: (TrainingStats & { ord: string })[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.unit_id, q.subtree, q.year, q.audience, t.path
           FROM unnest($1::int[], $2::boolean[], $3::int[], $4::text[]) WITH ORDINALITY AS q(unit_id, subtree, year, audience, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         programs AS (
           SELECT a.ord, p.id
           FROM asked a
           CROSS JOIN LATERAL (
             ${coveredUnits('a')}
           ) u
           JOIN training.training_program p ON p.organizer_unit_id = u.unit_id
             AND (a.year IS NULL OR (p.starts_on >= make_date(a.year, 1, 1) AND p.starts_on < make_date(a.year + 1, 1, 1)))
             AND (a.audience IS NULL OR p.audience = a.audience)
         )
         SELECT pr.ord,
                count(DISTINCT pr.id)::int AS "programCount",
                count(e.id)::int AS "participantCount",
                count(e.id) FILTER (WHERE e.attended)::int AS "attendedCount",
                count(e.id) FILTER (WHERE e.completed_on IS NOT NULL)::int AS "completedCount"
         FROM programs pr LEFT JOIN training.enrollment e ON e.program_id = pr.id
         GROUP BY pr.ord`,
        [keys.map((k) => tryParseId(k.unitId) ?? 0), keys.map((k) => k.scope !== StatsScope.SELF), keys.map((k) => k.year), keys.map((k) => k.audience)],
      );
      const byOrd = new Map(rows.map(({ ord, ...stats }) => [Number(ord), stats]));
      return keys.map((_, i) => byOrd.get(i + 1) ?? { programCount: 0, participantCount: 0, attendedCount: 0, completedCount: 0 });
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.year ?? '*'}:${key.audience ?? '*'}` },
  );
}
