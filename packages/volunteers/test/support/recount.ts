import type { SubgraphHarness } from '@civic/testing';

/** Each volunteer whose running total differs from the sum of its approved records (none when all is exact). */
export async function totalsOffTheRecords(h: SubgraphHarness): Promise<unknown[]> {
  return h.sql(
    `SELECT v.id, v.total_service_hours, coalesce(s.hours, 0) AS recount
     FROM volunteers.volunteer v
     LEFT JOIN (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id) s
       ON s.volunteer_id = v.id
     WHERE v.total_service_hours <> coalesce(s.hours, 0)`,
  );
}

/** Each unit whose roll-up (summed over its stripes) differs from a recount of its volunteers and teams. */
export async function rollupOffTheRows(h: SubgraphHarness): Promise<unknown[]> {
  return h.sql(
    `WITH rolled AS (
       SELECT unit_id, sum(volunteer_count) AS people, sum(service_hours) AS hours, sum(team_count) AS teams
       FROM volunteers.unit_rollup GROUP BY unit_id
     ), recount AS (
       SELECT unit_id, sum(people) AS people, sum(hours) AS hours, sum(teams) AS teams FROM (
         SELECT v.home_unit_id AS unit_id, count(*) FILTER (WHERE v.deregistered_at IS NULL) AS people, coalesce(sum(s.hours), 0) AS hours, 0 AS teams
         FROM volunteers.volunteer v
         LEFT JOIN (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id) s
           ON s.volunteer_id = v.id
         WHERE v.home_unit_id IS NOT NULL GROUP BY v.home_unit_id
         UNION ALL
         SELECT org_unit_id, 0, 0, count(*) FILTER (WHERE dissolved_at IS NULL) FROM volunteers.volunteer_team GROUP BY org_unit_id
       ) d GROUP BY unit_id
     )
     SELECT coalesce(r.unit_id, c.unit_id) AS unit_id, r.people, c.people AS recount_people, r.hours, c.hours AS recount_hours, r.teams, c.teams AS recount_teams
     FROM rolled r FULL JOIN recount c ON c.unit_id = r.unit_id
     WHERE coalesce(r.people, 0) <> coalesce(c.people, 0) OR coalesce(r.hours, 0) <> coalesce(c.hours, 0) OR coalesce(r.teams, 0) <> coalesce(c.teams, 0)`,
  );
}

/** The latest audit entry of an action on one record. */
export async function lastAuditEntry(h: SubgraphHarness, action: string, id: string | number) {
  const [entry] = await h.sql<{ actor: string; reason: string | null; changes: Record<string, { from: unknown; to: unknown }> | null }>(
    `SELECT actor, reason, changes FROM audit.entry WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`,
    [action, String(id)],
  );
  return entry;
}

/** Each volunteer whose points account differs from the sum of its ledger entries, by kind (none when all is exact). */
export async function accountsOffTheLedger(h: SubgraphHarness): Promise<unknown[]> {
  return h.sql(
    `WITH ledger AS (
       SELECT volunteer_id, sum(points) AS balance,
              coalesce(sum(points) FILTER (WHERE kind IN ('EARNED', 'ADJUSTED', 'REVERSED')), 0) AS earned,
              coalesce(sum(points) FILTER (WHERE kind = 'BONUS'), 0) AS bonus,
              coalesce(-sum(points) FILTER (WHERE kind IN ('SPENT', 'REFUNDED')), 0) AS spent
       FROM volunteers.points_entry GROUP BY volunteer_id
     )
     SELECT coalesce(a.volunteer_id, l.volunteer_id) AS volunteer_id, a.balance, l.balance AS ledger_balance
     FROM volunteers.points_account a FULL JOIN ledger l ON l.volunteer_id = a.volunteer_id
     WHERE coalesce(a.balance, 0) <> coalesce(l.balance, 0) OR coalesce(a.earned, 0) <> coalesce(l.earned, 0)
        OR coalesce(a.bonus, 0) <> coalesce(l.bonus, 0) OR coalesce(a.spent, 0) <> coalesce(l.spent, 0)`,
  );
}

/** Each unit and month whose month roll-up (summed over its stripes) differs from a recount of records and registrations. */
export async function monthRollupOffTheRows(h: SubgraphHarness): Promise<unknown[]> {
  return h.sql(
    `WITH rolled AS (
       SELECT unit_id, month, sum(service_hours) AS hours, sum(record_count) AS records, sum(joined_count) AS joined, sum(left_count) AS departed
       FROM volunteers.unit_month_rollup GROUP BY unit_id, month
     ), recount AS (
       SELECT unit_id, month, sum(hours) AS hours, sum(records) AS records, sum(joined) AS joined, sum(departed) AS departed FROM (
         SELECT v.home_unit_id AS unit_id, date_trunc('month', r.started_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
                r.hours, 1 AS records, 0 AS joined, 0 AS departed
         FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
         WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL
         UNION ALL
         SELECT home_unit_id, date_trunc('month', registered_at AT TIME ZONE 'Asia/Shanghai')::date, 0, 0, 1, 0
         FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL
         UNION ALL
         SELECT home_unit_id, date_trunc('month', deregistered_at AT TIME ZONE 'Asia/Shanghai')::date, 0, 0, 0, 1
         FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL AND deregistered_at IS NOT NULL
       ) d GROUP BY unit_id, month
     )
     SELECT coalesce(r.unit_id, c.unit_id) AS unit_id, coalesce(r.month, c.month) AS month, r.hours, c.hours AS recount_hours,
            r.records, c.records AS recount_records, r.joined, c.joined AS recount_joined, r.departed, c.departed AS recount_departed
     FROM rolled r FULL JOIN recount c ON c.unit_id = r.unit_id AND c.month = r.month
     WHERE coalesce(r.hours, 0) <> coalesce(c.hours, 0) OR coalesce(r.records, 0) <> coalesce(c.records, 0)
        OR coalesce(r.joined, 0) <> coalesce(c.joined, 0) OR coalesce(r.departed, 0) <> coalesce(c.departed, 0)`,
  );
}
