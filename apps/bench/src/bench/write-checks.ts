import { Client } from 'pg';

export interface WriteCheck {
  volunteersChecked: number;
  /** Volunteers whose total_service_hours differs from the sum of their approved records: must be 0. */
  totalsWrong: number;
  /** Service records the bench's recordService calls created (recorded_by = the bench's subject). */
  recordsWritten: number;
  /** Volunteers whose points balance was checked: those the bench recorded service for or who redeemed. */
  pointsChecked: number;
  /** Of them, those whose balance differs from the sum of their ledger entries, or is below zero: must be 0. */
  pointsWrong: number;
  /** Redemptions the bench's redeemGoods calls created. */
  redemptionsWritten: number;
  /** Goods whose stock is below zero or differs from what the seeder stocked less what was handed over: must be 0. */
  stockWrong: number;
}

/** The stock every synthetic exchange's goods start with (apps/bench/src/seed/write-exchanges.ts). */
const SEEDED_STOCK = 1_000_000;

/**
 * After the writes: every touched volunteer's total equals the sum of their approved records, every
 * touched or redeeming volunteer's points balance the sum of their ledger, and every seeded goods'
 * stock what was stocked less what was redeemed and not cancelled.
 */
export async function checkWrites(databaseUrl: string, touched: number[], redeemers: number[], subject: string): Promise<WriteCheck> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'civic-bench' });
  await client.connect();
  try {
    const count = async (sql: string, params: unknown[]) => (await client.query<{ n: number }>(sql, params)).rows[0].n;
    const totalsWrong = await count(
      `SELECT count(*)::int AS n FROM volunteers.volunteer v
       WHERE v.id = ANY($1) AND v.total_service_hours <>
         (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r WHERE r.volunteer_id = v.id AND r.status = 'APPROVED')`,
      [touched],
    );
    const recordsWritten = await count(`SELECT count(*)::int AS n FROM volunteers.service_record WHERE recorded_by = $1`, [subject]);
    const pointsVolunteers = [...new Set([...touched, ...redeemers])];
    const pointsWrong = await count(
      `SELECT count(*)::int AS n FROM unnest($1::int[]) AS t(id)
       LEFT JOIN volunteers.points_account a ON a.volunteer_id = t.id
       WHERE coalesce(a.balance, 0) <> (SELECT coalesce(sum(e.points), 0) FROM volunteers.points_entry e WHERE e.volunteer_id = t.id)
          OR (t.id = ANY($2) AND a.balance < 0)`,
      [pointsVolunteers, redeemers],
    );
    const redemptionsWritten = await count(`SELECT count(*)::int AS n FROM volunteers.points_redemption WHERE ordered_by = $1`, [subject]);
    const stockWrong = await count(
      `SELECT count(*)::int AS n FROM volunteers.exchange_goods g
       WHERE g.stock < 0 OR (g.stock + (SELECT coalesce(sum(r.quantity), 0) FROM volunteers.points_redemption r
                                        WHERE r.goods_id = g.id AND r.status <> 'CANCELLED')) <> $1
         AND g.id IN (SELECT goods_id FROM volunteers.points_redemption WHERE ordered_by = $2)`,
      [SEEDED_STOCK, subject],
    );
    return {
      volunteersChecked: touched.length,
      totalsWrong,
      recordsWritten,
      pointsChecked: pointsVolunteers.length,
      pointsWrong,
      redemptionsWritten,
      stockWrong,
    };
  } finally {
    await client.end();
  }
}
