import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@civic/kernel';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';
import { sealDemoResidentIds } from './resident-ids';

/** Loads Huidong's teams, volunteers and service records once; needs the org demo data. */
export function seedVolunteersDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'volunteers', 'huidong-2021', async (manager) => {
    const homes = await homeUnits(manager);
    await insertTeams(manager);
    await insertVolunteers(manager, homes);
    await sealDemoResidentIds(manager);
    await insertServiceRecords(manager);
  });
}

async function homeUnits(manager: EntityManager): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(
    `SELECT u.id FROM org.unit_tree u JOIN org.unit_tree c ON u.path LIKE c.path || '%'
     WHERE c.code = $1 AND u.level IN ('STATION', 'INSTITUTE') ORDER BY u.id`,
    [H.centerCode],
  );
  if (rows.length === 0) throw new Error('the org demo data must be loaded before the volunteers demo data');
  return rows.map((r) => r.id);
}

async function insertTeams(manager: EntityManager): Promise<void> {
  const homeOf = (level: string, i: number) =>
    level === 'COUNTY' ? H.teamHomes[0] : level === 'TOWNSHIP' ? H.teamHomes[1 + (i % 3)] : H.teamHomes[4 + (i % 2)];
  await manager.query(
    `INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id)
     SELECT t.name, t.level, t.theme, u.id
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(name, level, theme, home, ord)
     JOIN org.unit_tree u ON u.name = t.home ORDER BY t.ord`,
    [H.teams.map((t) => t.name), H.teams.map((t) => t.level), H.teams.map((t) => t.theme), H.teams.map((t, i) => homeOf(t.level, i))],
  );
}

/** Synthetic but deterministic people: names from common surnames and given names, spread over the stations. */
async function insertVolunteers(manager: EntityManager, homes: number[]): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.volunteer (name, phone, home_unit_id, registered_at)
     SELECT substr($1, 1 + g % length($1), 1) || substr($2, 1 + 2 * ((g / 7) % (length($2) / 2)), 2),
            '1' || (3 + g % 7)::text || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'),
            ($3::int[])[1 + (abs(hashint4(g)) % array_length($3::int[], 1))],
            timestamptz '2020-07-08 09:00+08' + (g % 540) * interval '1 day' + (g % 600) * interval '1 minute'
     FROM generate_series(1, $4::int) AS g`,
    [H.surnames, H.givenNames, homes, H.volunteerCount],
  );
}

/**
 * Skewed like real life (most volunteers serve a few hours, a few serve hundreds); one record a day
 * per volunteer, so no volunteer's records overlap.
 */
async function insertServiceRecords(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH drawn AS (
       SELECT g, 1 + floor($1::int * power(abs(hashint4(g))::float8 / 2147483648, 2.5))::int AS volunteer_id,
              2 + (g % 7) * 0.5 AS hours
       FROM generate_series(1, $2::int) AS g
     ), placed AS (
       SELECT d.*, row_number() OVER (PARTITION BY volunteer_id ORDER BY g) AS nth FROM drawn d
     )
     INSERT INTO volunteers.service_record (volunteer_id, team_id, started_at, ended_at, hours, description, status)
     SELECT p.volunteer_id, 1 + p.g % 17,
            timestamptz '2021-01-04 09:00+08' + (p.nth - 1) * interval '1 day',
            timestamptz '2021-01-04 09:00+08' + (p.nth - 1) * interval '1 day' + p.hours * interval '1 hour',
            p.hours, '志愿服务', CASE WHEN p.g % 20 = 0 THEN 'PENDING' ELSE 'APPROVED' END
     FROM placed p ORDER BY p.g`,
    [H.volunteerCount, H.serviceRecordCount],
  );
  await manager.query(
    `UPDATE volunteers.volunteer v SET total_service_hours = s.hours
     FROM (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id) s
     WHERE s.volunteer_id = v.id`,
  );
}
