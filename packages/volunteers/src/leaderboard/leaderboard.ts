import type { DataSource } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';

export interface LeaderboardQuery {
  unitId: number;
  subtree: boolean;
  from: Date | null;
  to: Date | null;
  first: number;
}

/**
 * The volunteers registered in a unit (or its subtree), deregistered ones aside, with the most approved hours, in one
 * statement. Without a period it ranks the running totals; with one it sums the records in it.
 * The subtree is the path index's range (`pathWithin`).
 */
export async function leaderboard(
  db: Pick<DataSource, 'query'>,
  q: LeaderboardQuery,
): Promise<{ volunteerId: number; hours: number; rank: number }[]> {
  if (q.first < 1 || q.first > 100) throw badUserInput('first must be between 1 and 100');
  if (q.from && q.to && q.from >= q.to) throw badUserInput('from must be before to');
  const periodic = q.from !== null || q.to !== null;
  const inScope = q.subtree ? pathWithin('u.path', 'root.path') : 'u.id = root.id';
  const rows: { volunteer_id: number; hours: string; rank: string }[] = await db.query(
    `WITH members AS (
       SELECT v.id, v.total_service_hours FROM volunteers.volunteer v
       JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id
       JOIN ${UNIT_TREE} root ON root.id = $1
       WHERE ${inScope} AND v.deregistered_at IS NULL
     ),
     scored AS (
       SELECT m.id AS volunteer_id, m.total_service_hours AS hours FROM members m WHERE NOT $2 AND m.total_service_hours > 0
       UNION ALL
       SELECT r.volunteer_id, sum(r.hours) FROM volunteers.service_record r JOIN members m ON m.id = r.volunteer_id
       WHERE $2 AND r.status = 'APPROVED' AND ($3::timestamptz IS NULL OR r.started_at >= $3) AND ($4::timestamptz IS NULL OR r.started_at < $4)
       GROUP BY r.volunteer_id
     )
     SELECT volunteer_id, hours, rank() OVER (ORDER BY hours DESC) AS rank FROM scored ORDER BY hours DESC, volunteer_id LIMIT $5`,
    [q.unitId, periodic, q.from, q.to, q.first],
  );
  return rows.map((r) => ({ volunteerId: r.volunteer_id, hours: Number(r.hours), rank: Number(r.rank) }));
}
