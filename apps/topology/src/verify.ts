import { Client } from 'pg';
import type { AcknowledgedWrite } from './load';

export interface WriteVerdict {
  acknowledged: number;
  /** Acknowledged, but not on the primary afterwards (or with other hours): must be 0. */
  lost: number;
  /** Records the run stored; with every failed write retried, one per write sent. */
  stored: number;
  /** Volunteers written to whose total differs from the sum of their approved records: must be 0. */
  totalsWrong: number;
  /** Hours of every approved record the run stored. */
  storedHours: number;
}

/** After the load, on the primary: every acknowledged write is there as answered, and every touched total adds up. */
export async function verifyWrites(primaryUrl: string, acknowledged: AcknowledgedWrite[], runPrefix: string): Promise<WriteVerdict> {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    const stored = (
      await client.query<{ id: string; key: string; hours: string; volunteer: number; status: string }>(
        `SELECT id::text, idempotency_key AS key, hours::text, volunteer_id AS volunteer, status FROM volunteers.service_record WHERE starts_with(idempotency_key, $1)`,
        [runPrefix],
      )
    ).rows;
    const byKey = new Map(stored.map((r) => [r.key, r]));
    const lost = acknowledged.filter((a) => byKey.get(a.key)?.id !== a.id || Number(byKey.get(a.key)?.hours) !== a.hours).length;
    const volunteers = [...new Set(stored.map((r) => r.volunteer))];
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.volunteer v WHERE v.id = ANY($1) AND v.total_service_hours <>
         (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r WHERE r.volunteer_id = v.id AND r.status = 'APPROVED')`,
      [volunteers],
    );
    return {
      acknowledged: acknowledged.length,
      lost,
      stored: stored.length,
      totalsWrong: rows[0].n,
      storedHours: stored.filter((r) => r.status === 'APPROVED').reduce((sum, r) => sum + Number(r.hours), 0),
    };
  } finally {
    await client.end();
  }
}
