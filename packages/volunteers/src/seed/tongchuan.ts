import type { EntityManager } from 'typeorm';
import { subtreeOfCode, UNIT_TREE } from '@civic/org-tree';
import { TONGCHUAN_VOLUNTEERS as T } from './tongchuan.data';

/** Where Tongchuan's volunteers register: its institutes, stations and points, or failing those any unit of its subtree. */
async function tongchuanHomes(manager: EntityManager): Promise<number[]> {
  const units: { id: number; level: string }[] = await manager.query(`SELECT u.id, u.level FROM ${subtreeOfCode('$1')} u ORDER BY u.id`, [
    T.centerCode,
  ]);
  if (units.length === 0) throw new Error('the org demo data must be loaded before the volunteers demo data');
  const local = units.filter((u) => ['INSTITUTE', 'STATION', 'POINT'].includes(u.level));
  return (local.length > 0 ? local : units).map((u) => u.id);
}

/**
 * The child docents of the two lecture groups, then the adult volunteers, in one statement; run
 * right after Huidong's volunteers so the children are volunteers 90001–90080. Children register
 * after school with a guardian's consent.
 */
export async function insertTongchuanVolunteers(manager: EntityManager): Promise<void> {
  const homes = await tongchuanHomes(manager);
  const [first, second] = T.groups;
  const children = first.members + second.members;
  await manager.query(
    `INSERT INTO volunteers.volunteer (name, phone, home_unit_id, registered_at, consent_at, political_status, kinds, skills, guardian_consent)
     SELECT p.name, '1370919' || lpad(p.g::text, 4, '0'), ($1::int[])[1 + p.g % array_length($1::int[], 1)],
            p.registered_at, p.registered_at, p.political_status, p.kinds, p.skills, p.child
     FROM (
       SELECT g, g <= $4 AS child,
              substr($5, 1 + g % length($5), 1) ||
                CASE WHEN g <= $4 THEN substr($6, 1 + 2 * ((g / 3) % (length($6) / 2)), 2) ELSE substr($7, 1 + 2 * (g % (length($7) / 2)), 2) END AS name,
              CASE WHEN g <= $2 THEN $8::timestamptz + ((g - 1) % 20) * interval '1 day'
                   WHEN g <= $4 THEN $9::timestamptz + ((g - $2 - 1) % 20) * interval '1 day'
                   ELSE timestamptz '2021-03-01 09:00+08' + (g - $4) * interval '1 day' END AS registered_at,
              CASE WHEN g <= $4 THEN 'MASSES' WHEN g % 2 = 0 THEN 'CPC_MEMBER' ELSE 'MASSES' END AS political_status,
              CASE WHEN g <= $4 THEN ARRAY['CHILD_DOCENT'] ELSE ARRAY[]::text[] END AS kinds,
              CASE WHEN g <= $4 THEN ARRAY['讲解'] WHEN g % 2 = 0 THEN ARRAY['党史宣讲'] ELSE ARRAY[]::text[] END AS skills
       FROM generate_series(1, $3::int) AS g
     ) p ORDER BY p.g`,
    [
      homes,
      first.members,
      children + T.adults,
      children,
      T.surnames,
      T.childNames,
      T.adultNames,
      `${first.registeredFrom} 16:30+08`,
      `${second.registeredFrom} 16:30+08`,
    ],
  );
}

/**
 * The two groups as city-level (COUNTY tier) teams at Tongchuan's center, each child a member from
 * the day after registering, and each child's lecture tours as approved service with the group.
 */
export async function insertTongchuanTeams(manager: EntityManager, firstChildId: number): Promise<void> {
  let firstId = firstChildId;
  for (const group of T.groups) {
    await manager.query(
      `WITH team AS (
         INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id, created_at)
         SELECT $1, 'COUNTY', $2, c.id, $5::timestamptz FROM ${UNIT_TREE} c WHERE c.code = $6
         RETURNING id
       )
       INSERT INTO volunteers.team_membership (team_id, volunteer_id, joined_on)
       SELECT team.id, v.id, (v.registered_at AT TIME ZONE 'Asia/Shanghai')::date + 1
       FROM team, volunteers.volunteer v WHERE v.id BETWEEN $3 AND $4`,
      [group.name, T.theme, firstId, firstId + group.members - 1, `${group.registeredFrom} 10:00+08`, T.centerCode],
    );
    firstId += group.members;
  }
}

/** Each child's lecture tours, from June to December 2021, served with its group (on Saturdays, 09:30–11:30). */
export async function insertTongchuanServiceRecords(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.service_record (volunteer_id, team_id, started_at, ended_at, hours, description, status, recorded_by, reviewed_by, reviewed_at, created_at)
     SELECT m.volunteer_id, m.team_id, s.started_at, s.started_at + interval '2 hours', 2,
            CASE WHEN t.name = $2 THEN $3 ELSE $4 END, 'APPROVED', 'demo-seed', 'demo-seed',
            s.started_at + interval '1 day', s.started_at + interval '3 hours'
     FROM volunteers.team_membership m
     JOIN volunteers.volunteer_team t ON t.id = m.team_id AND t.name = ANY($5::text[])
     CROSS JOIN generate_series(1, $1::int) AS k
     CROSS JOIN LATERAL (
       SELECT timestamptz '2021-06-05 09:30+08' + ((m.volunteer_id % 12) * 2 + (k - 1) * 7) * interval '7 days' AS started_at
     ) s
     ORDER BY m.volunteer_id, k`,
    [T.toursPerChild, T.groups[0].name, T.groups[0].lecture, T.groups[1].lecture, T.groups.map((g) => g.name)],
  );
}
