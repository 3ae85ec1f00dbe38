import type { EntityManager } from 'typeorm';
import { unitsInSubtreeOfCode } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';

/** The stations and institutes below the center, where volunteers register. */
export async function homeUnits(manager: EntityManager, centerCode: string): Promise<number[]> {
  const units = await unitsInSubtreeOfCode(manager, centerCode, ['STATION', 'INSTITUTE']);
  if (units.length === 0) throw new Error('the org demo data must be loaded before the volunteers demo data');
  return units.map((u) => u.id);
}

/** Synthetic but deterministic people: names from common surnames and given names, spread over the stations. */
export async function insertVolunteers(manager: EntityManager, homes: number[]): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.volunteer (name, phone, home_unit_id, registered_at, consent_at, political_status, kinds, skills)
     SELECT substr($1, 1 + g % length($1), 1) || substr($2, 1 + 2 * ((g / 7) % (length($2) / 2)), 2),
            '1' || (3 + g % 7)::text || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'),
            ($3::int[])[1 + (abs(hashint4(g)) % array_length($3::int[], 1))],
            timestamptz '2020-07-08 09:00+08' + (g % 540) * interval '1 day' + (g % 600) * interval '1 minute',
            timestamptz '2020-07-08 09:00+08' + (g % 540) * interval '1 day' + (g % 600) * interval '1 minute',
            (ARRAY['MASSES','MASSES','MASSES','CPC_MEMBER','CYL_MEMBER','CPC_PROBATIONARY','DEMOCRATIC_PARTY'])[1 + g % 7],
            CASE WHEN g % 7 = 3 AND g % 2 = 0 THEN ARRAY['PARTY_MEMBER_REPORTING'] WHEN g % 50 = 1 THEN ARRAY['FIVE_ELDERS']
                 WHEN g % 40 = 2 THEN ARRAY['GRID_WORKER'] WHEN g % 60 = 5 THEN ARRAY['VILLAGE_CADRE'] ELSE ARRAY[]::text[] END,
            CASE WHEN g % 11 = 0 THEN ARRAY['医疗护理'] WHEN g % 13 = 0 THEN ARRAY['法律咨询'] WHEN g % 17 = 0 THEN ARRAY['文艺表演'] ELSE ARRAY[]::text[] END
     FROM generate_series(1, $4::int) AS g`,
    [H.surnames, H.givenNames, homes, H.volunteerCount],
  );
}

/**
 * Skewed like real life (most volunteers serve a few hours, a few serve hundreds); one record a day
 * per volunteer, so no volunteer's records overlap. Every 20th is still pending review.
 */
export async function insertServiceRecords(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH drawn AS (
       SELECT g, 1 + floor($1::int * power(abs(hashint4(g))::float8 / 2147483648, 2.5))::int AS volunteer_id,
              2 + (g % 7) * 0.5 AS hours
       FROM generate_series(1, $2::int) AS g
     ), placed AS (
       SELECT d.*, row_number() OVER (PARTITION BY volunteer_id ORDER BY g) AS nth FROM drawn d
     )
     INSERT INTO volunteers.service_record (volunteer_id, team_id, started_at, ended_at, hours, description, status, recorded_by, reviewed_by, reviewed_at)
     SELECT p.volunteer_id, 1 + p.g % 17,
            timestamptz '2021-01-04 09:00+08' + (p.nth - 1) * interval '1 day',
            timestamptz '2021-01-04 09:00+08' + (p.nth - 1) * interval '1 day' + p.hours * interval '1 hour',
            p.hours, (ARRAY['志愿服务','文明劝导','周末大扫除','关爱留守儿童','理论宣讲','卫生健康服务','防汛减灾'])[1 + p.g % 7],
            CASE WHEN p.g % 20 = 0 THEN 'PENDING' ELSE 'APPROVED' END, 'demo-seed',
            CASE WHEN p.g % 20 = 0 THEN NULL ELSE 'demo-seed' END,
            CASE WHEN p.g % 20 = 0 THEN NULL ELSE timestamptz '2021-12-31 18:00+08' END
     FROM placed p ORDER BY p.g`,
    [H.volunteerCount, H.serviceRecordCount],
  );
  await manager.query(
    `UPDATE volunteers.volunteer v SET total_service_hours = s.hours
     FROM (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id) s
     WHERE s.volunteer_id = v.id`,
  );
}
