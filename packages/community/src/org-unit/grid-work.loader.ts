import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { tryParseId } from '@civic/subgraph-kit';
import type { GridWork } from './grid-work.type';

export interface GridWorkKey {
  unitId: string;
  /** China calendar days, both included; null for open. */
  from: string | null;
  to: string | null;
}

interface GridWorkRow {
  ord: string;
  visits: number;
  households_visited: number;
  households_in_difficulty: number;
  assistance: number;
  households_assisted: number;
  found: number;
  waiting: number;
  mediating: number;
  resolved: number;
  escalated: number;
  rating_sum: number;
  rating_count: number;
}

const inPeriod = (column: string) => `(c.from_day IS NULL OR ${column} >= c.from_day) AND (c.to_day IS NULL OR ${column} <= c.to_day)`;

const GRID_WORK = subtreeStatistics<GridWorkKey, GridWorkRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: true,
  perKey: {
    from_day: { type: 'date', of: (key) => key.from },
    to_day: { type: 'date', of: (key) => key.to },
  },
  with: {
    visits: `
  SELECT c.ord, count(*)::int AS visits, count(DISTINCT v.household_id)::int AS households_visited,
         count(v.satisfaction)::int AS rating_count, coalesce(sum(v.satisfaction), 0)::int AS rating_sum
  FROM covered c JOIN community.visit v ON v.org_unit_id = c.unit_id AND ${inPeriod('v.visited_on')}
  GROUP BY c.ord`,
    households: `
  SELECT c.ord, count(*)::int AS households_in_difficulty
  FROM covered c JOIN community.household h ON h.org_unit_id = c.unit_id AND cardinality(h.categories) > 0
    AND (c.to_day IS NULL OR h.registered_on <= c.to_day)
  GROUP BY c.ord`,
    assistance: `
  SELECT c.ord, count(*)::int AS assistance, count(DISTINCT a.household_id)::int AS households_assisted
  FROM covered c JOIN community.assistance a ON a.org_unit_id = c.unit_id AND ${inPeriod('a.given_on')}
  GROUP BY c.ord`,
    disputes: `
  SELECT c.ord,
         count(*) FILTER (WHERE ${inPeriod('d.found_on')})::int AS found,
         count(*) FILTER (WHERE ${inPeriod('d.found_on')} AND d.state = 'FOUND')::int AS waiting,
         count(*) FILTER (WHERE ${inPeriod('d.found_on')} AND d.state = 'MEDIATING')::int AS mediating,
         count(*) FILTER (WHERE ${inPeriod('d.found_on')} AND d.state = 'RESOLVED')::int AS resolved,
         count(*) FILTER (WHERE ${inPeriod('d.found_on')} AND d.state = 'ESCALATED')::int AS escalated,
         count(d.satisfaction) FILTER (WHERE ${inPeriod('d.closed_on')})::int AS rating_count,
         coalesce(sum(d.satisfaction) FILTER (WHERE ${inPeriod('d.closed_on')}), 0)::int AS rating_sum
  FROM covered c JOIN community.dispute_case d ON d.org_unit_id = c.unit_id
    AND ((${inPeriod('d.found_on')}) OR (d.closed_on IS NOT NULL AND ${inPeriod('d.closed_on')}))
  GROUP BY c.ord`,
  },
  aggregate: `SELECT a.ord,
       coalesce(v.visits, 0) AS visits, coalesce(v.households_visited, 0) AS households_visited,
       coalesce(h.households_in_difficulty, 0) AS households_in_difficulty,
       coalesce(s.assistance, 0) AS assistance, coalesce(s.households_assisted, 0) AS households_assisted,
       coalesce(d.found, 0) AS found, coalesce(d.waiting, 0) AS waiting, coalesce(d.mediating, 0) AS mediating,
       coalesce(d.resolved, 0) AS resolved, coalesce(d.escalated, 0) AS escalated,
       coalesce(v.rating_sum, 0) + coalesce(d.rating_sum, 0) AS rating_sum,
       coalesce(v.rating_count, 0) + coalesce(d.rating_count, 0) AS rating_count
FROM asked a
LEFT JOIN visits v ON v.ord = a.ord
LEFT JOIN households h ON h.ord = a.ord
LEFT JOIN assistance s ON s.ord = a.ord
LEFT JOIN disputes d ON d.ord = a.ord`,
});

const EMPTY: GridWorkRow = {
  ord: '0',
  visits: 0,
  households_visited: 0,
  households_in_difficulty: 0,
  assistance: 0,
  households_assisted: 0,
  found: 0,
  waiting: 0,
  mediating: 0,
  resolved: 0,
  escalated: 0,
  rating_sum: 0,
  rating_count: 0,
};

/** Grid work figures of many (unit, period) keys in one statement, right the moment a unit moves; unknown units: zeros. */
export function gridWorkLoader(db: DataSource): DataLoader<GridWorkKey, GridWork, string> {
  return new DataLoader<GridWorkKey, GridWork, string>(
    async (keys) => (await GRID_WORK.rowsOfEachKey(db, keys)).map(([row]) => gridWorkOf(row ?? EMPTY)),
    { cacheKeyFn: (key) => `${key.unitId}:${key.from ?? '*'}:${key.to ?? '*'}` },
  );
}

function gridWorkOf(row: GridWorkRow): GridWork {
  const ratingCount = Number(row.rating_count);
  const found = Number(row.found);
  return {
    visitCount: Number(row.visits),
    householdsVisited: Number(row.households_visited),
    householdsInDifficulty: Number(row.households_in_difficulty),
    assistanceCount: Number(row.assistance),
    householdsAssisted: Number(row.households_assisted),
    disputesFound: found,
    disputesWaiting: Number(row.waiting),
    disputesMediating: Number(row.mediating),
    disputesResolved: Number(row.resolved),
    disputesEscalated: Number(row.escalated),
    resolutionRate: found > 0 ? Math.round((Number(row.resolved) / found) * 10000) / 10000 : null,
    satisfaction: {
      average: ratingCount > 0 ? Math.round((Number(row.rating_sum) / ratingCount) * 100) / 100 : null,
      ratingCount,
    },
  };
}
