import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { TrainingAudience } from '../training-program/training-audience';
import type { TrainingStats } from './training-stats.type';

export interface TrainingStatsKey {
  unitId: string;
  scope: StatsScope;
  /** Programs starting in this calendar year; null for all years. */
  year: number | null;
  audience: TrainingAudience | null;
  /** Programs starting on or after this China calendar day / on or before it; null for open. */
  from: string | null;
  to: string | null;
  /** Whether cancelled programs count too. */
  includeCancelled: boolean;
}

const EMPTY: TrainingStats = { programCount: 0, participantCount: 0, attendedCount: 0, completedCount: 0 };

const TRAINING_STATS = subtreeStatistics<TrainingStatsKey, TrainingStats & { ord: string }>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  perKey: {
    year: { type: 'int', of: (key) => key.year },
    audience: { type: 'text', of: (key) => key.audience },
    from_day: { type: 'date', of: (key) => key.from },
    to_day: { type: 'date', of: (key) => key.to },
    with_cancelled: { type: 'boolean', of: (key) => key.includeCancelled },
  },
  with: {
    programs: `
  SELECT c.ord, p.id
  FROM covered c
  JOIN training.training_program p ON p.organizer_unit_id = c.unit_id
    AND (c.year IS NULL OR (p.starts_on >= make_date(c.year, 1, 1) AND p.starts_on < make_date(c.year + 1, 1, 1)))
    AND (c.audience IS NULL OR p.audience = c.audience)
    AND (c.from_day IS NULL OR p.starts_on >= c.from_day)
    AND (c.to_day IS NULL OR p.starts_on <= c.to_day)
    AND (c.with_cancelled OR p.cancelled_at IS NULL)`,
  },
  aggregate: `SELECT pr.ord,
       count(DISTINCT pr.id)::int AS "programCount",
       count(e.id)::int AS "participantCount",
       count(e.id) FILTER (WHERE e.attended)::int AS "attendedCount",
       count(e.id) FILTER (WHERE e.completed_on IS NOT NULL)::int AS "completedCount"
FROM programs pr LEFT JOIN training.enrollment e ON e.program_id = pr.id
GROUP BY pr.ord`,
});

/**
 * Figures of the programs organised by many (unit, scope, year, audience, period) keys in one statement,
 * right the moment a unit moves. Unknown units match nothing: zeros.
 */
export function trainingStatsLoader(db: DataSource): DataLoader<TrainingStatsKey, TrainingStats, string> {
  return new DataLoader<TrainingStatsKey, TrainingStats, string>(
    async (keys) => (await TRAINING_STATS.rowsOfEachKey(db, keys)).map(([row]) => (row ? withoutOrd(row) : EMPTY)),
    {
      cacheKeyFn: (key) =>
        `${key.unitId}:${key.scope}:${key.year ?? '*'}:${key.audience ?? '*'}:${key.from ?? '*'}:${key.to ?? '*'}:${key.includeCancelled}`,
    },
  );
}

function withoutOrd({ ord: _ord, ...stats }: TrainingStats & { ord: string }): TrainingStats {
  return stats;
}
