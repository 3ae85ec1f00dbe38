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
 * Skewed like real life: most volunteers serve a few hours, a few serve hundreds, and those who
 * registered first serve the most (the n-th draw goes to the n-th volunteer by registration).
 * Each volunteer's records are spread evenly from the day after registering to the end of 2021,
 * at most two a day (09:00 and 14:30, up to 5 hours each), so none starts before registration and
 * none overlaps another. A record is served with the volunteer's team when they had joined one by
 * that day (three in four such records), otherwise with none. Every 20th is still pending review.
 */
export async function insertServiceRecords(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH ranked AS (
       SELECT v.id, (v.registered_at AT TIME ZONE 'Asia/Shanghai')::date AS registered_on,
              row_number() OVER (ORDER BY v.registered_at, v.id) AS rank
       FROM volunteers.volunteer v WHERE v.id <= $1
     ), drawn AS (
       SELECT g, 1 + floor($1::int * power(abs(hashint4(g))::float8 / 2147483648, 2.5))::int AS rank,
              2 + (g % 7) * 0.5 AS hours
       FROM generate_series(1, $2::int) AS g
     ), placed AS (
       SELECT d.g, d.hours, r.id AS volunteer_id, r.registered_on,
              row_number() OVER (PARTITION BY r.id ORDER BY d.g) - 1 AS k,
              count(*) OVER (PARTITION BY r.id) AS n,
              $3::date - r.registered_on AS days
       FROM drawn d JOIN ranked r ON r.rank = d.rank
     ), dated AS (
       SELECT p.*, day_slot.day,
              (day_slot.day + CASE WHEN day_slot.slot % 2 = 0 THEN time '09:00' ELSE time '14:30' END) AT TIME ZONE 'Asia/Shanghai' AS started_at
       FROM placed p
       CROSS JOIN LATERAL (SELECT floor(p.k * 2 * p.days / p.n)::int AS slot) s
       CROSS JOIN LATERAL (SELECT p.registered_on + 1 + s.slot / 2 AS day, s.slot) day_slot
     )
     INSERT INTO volunteers.service_record (volunteer_id, team_id, started_at, ended_at, hours, description, status, recorded_by, reviewed_by, reviewed_at, created_at)
     SELECT d.volunteer_id, CASE WHEN d.g % 4 <> 0 THEN team.team_id END,
            d.started_at, d.started_at + d.hours * interval '1 hour',
            d.hours, (ARRAY['志愿服务','文明劝导','周末大扫除','关爱留守儿童','理论宣讲','卫生健康服务','防汛减灾'])[1 + d.g % 7],
            CASE WHEN d.g % 20 = 0 THEN 'PENDING' ELSE 'APPROVED' END, 'demo-seed',
            CASE WHEN d.g % 20 = 0 THEN NULL ELSE 'demo-seed' END,
            CASE WHEN d.g % 20 = 0 THEN NULL ELSE least(d.started_at + interval '2 days', timestamptz '2021-12-31 22:00+08') END,
            d.started_at + d.hours * interval '1 hour' + interval '30 minutes'
     FROM dated d
     LEFT JOIN LATERAL (
       SELECT m.team_id FROM volunteers.team_membership m
       WHERE m.volunteer_id = d.volunteer_id AND m.joined_on <= d.day AND (m.left_on IS NULL OR m.left_on > d.day)
       ORDER BY (m.team_id + d.g) % 2, m.team_id LIMIT 1
     ) team ON true
     ORDER BY d.g`,
    [H.volunteerCount, H.serviceRecordCount, H.serviceEndsOn],
  );
}

/** Each volunteer's total is the sum of their approved records. */
export async function totalServiceHours(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE volunteers.volunteer v SET total_service_hours = s.hours
     FROM (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id) s
     WHERE s.volunteer_id = v.id`,
  );
}
