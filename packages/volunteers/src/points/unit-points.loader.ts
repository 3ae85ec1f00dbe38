import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { periodBounds } from '@civic/subgraph-kit';
import type { UnitPoints } from './unit-points.type';

export interface UnitPointsKey {
  unitId: number;
  /** China calendar days, both included. */
  from: string;
  to: string;
}

interface UnitPointsRow {
  ord: string;
  earned: string;
  bonuses: string;
  spent: string;
  redemptions: number;
  outstanding: string;
  rate: string;
}

const IN_PERIOD = (column: string) => `${column} >= c.period_start AND ${column} < c.period_end`;

/**
 * Over each key's subtree: ledger entries booked at its units in the period (by kind), redemptions
 * at its exchanges not cancelled, and the balances of the volunteers registered there now.
 */
const UNIT_POINTS = subtreeStatistics<UnitPointsKey, UnitPointsRow>({
  unitId: (key) => key.unitId,
  subtree: true,
  perKey: {
    period_start: { type: 'timestamptz', of: (key) => periodBounds(key).start },
    period_end: { type: 'timestamptz', of: (key) => periodBounds(key).end },
  },
  with: {
    moved: `SELECT c.ord,
         sum(e.points) FILTER (WHERE e.kind IN ('EARNED', 'ADJUSTED', 'REVERSED')) AS earned,
         sum(e.points) FILTER (WHERE e.kind = 'BONUS') AS bonuses,
         -sum(e.points) FILTER (WHERE e.kind IN ('SPENT', 'REFUNDED')) AS spent
  FROM covered c JOIN volunteers.points_entry e ON e.unit_id = c.unit_id AND ${IN_PERIOD('e.booked_at')}
  GROUP BY c.ord`,
    redeemed: `SELECT c.ord, count(*)::int AS redemptions
  FROM covered c JOIN volunteers.points_exchange x ON x.org_unit_id = c.unit_id
  JOIN volunteers.points_redemption r ON r.exchange_id = x.id AND ${IN_PERIOD('r.ordered_at')} AND r.status <> 'CANCELLED'
  GROUP BY c.ord`,
    held: `SELECT c.ord, sum(a.balance) AS outstanding
  FROM covered c JOIN volunteers.volunteer v ON v.home_unit_id = c.unit_id JOIN volunteers.points_account a ON a.volunteer_id = v.id
  GROUP BY c.ord`,
  },
  aggregate: `SELECT k.ord, coalesce(m.earned, 0) AS earned, coalesce(m.bonuses, 0) AS bonuses, coalesce(m.spent, 0) AS spent,
       coalesce(r.redemptions, 0) AS redemptions, coalesce(h.outstanding, 0) AS outstanding, volunteers.points_rate_of(k.unit_id) AS rate
FROM asked k LEFT JOIN moved m ON m.ord = k.ord LEFT JOIN redeemed r ON r.ord = k.ord LEFT JOIN held h ON h.ord = k.ord`,
});

/** Points figures of many (unit, period) keys in one statement; a unit not in the tree gets none. */
export function unitPointsLoader(db: DataSource): DataLoader<UnitPointsKey, UnitPoints | null, string> {
  return new DataLoader<UnitPointsKey, UnitPoints | null, string>(
    async (keys) =>
      (await UNIT_POINTS.rowsOfEachKey(db, keys)).map(([row]) =>
        row
          ? {
              earned: Number(row.earned),
              bonuses: Number(row.bonuses),
              spent: Number(row.spent),
              redemptionCount: row.redemptions,
              outstanding: Number(row.outstanding),
              pointsPerHour: Number(row.rate),
            }
          : null,
      ),
    { cacheKeyFn: (key) => `${key.unitId}:${key.from}:${key.to}` },
  );
}
