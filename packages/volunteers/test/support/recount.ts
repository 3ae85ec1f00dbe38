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
