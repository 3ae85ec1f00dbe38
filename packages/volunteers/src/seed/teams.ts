import type { EntityManager } from 'typeorm';
import { subtreeOfCode, UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';

const TEAMS_FORMED_AT = '2020-07-08 10:00+08';

/**
 * 17 county teams at the center (ids 1–17), a township team at every institute, and the pilot
 * stations' village teams, all formed when the center was unveiled (2020-07-08).
 */
export async function insertTeams(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id, created_at)
     SELECT t.name, 'COUNTY', t.theme, c.id, $4::timestamptz
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, theme, ord) JOIN ${UNIT_TREE} c ON c.code = $3 ORDER BY t.ord`,
    [H.countyTeams.map((t) => t.name), H.countyTeams.map((t) => t.theme), H.centerCode, TEAMS_FORMED_AT],
  );
  await manager.query(
    `INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id, created_at)
     SELECT replace(i.name, '新时代文明实践所', '') || '"红马甲"志愿服务队', 'TOWNSHIP', '应急救援', i.id, $2::timestamptz
     FROM ${subtreeOfCode('$1')} i
     WHERE i.level = 'INSTITUTE' ORDER BY i.id`,
    [H.centerCode, TEAMS_FORMED_AT],
  );
  await manager.query(
    `INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id, created_at)
     SELECT t.name, 'VILLAGE', t.theme, s.id, $4::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(name, theme, station, ord) JOIN ${UNIT_TREE} s ON s.name = t.station ORDER BY t.ord`,
    [H.villageTeams.map((t) => t.name), H.villageTeams.map((t) => t.theme), H.villageTeams.map((t) => t.station), TEAMS_FORMED_AT],
  );
}

/**
 * Every third Huidong volunteer joins a team a week after registering: the township team of their
 * institute, or a county team by turns; three in four of those registered at a station with a
 * village team join it three days after registering (illustrative).
 */
export async function insertMemberships(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.team_membership (team_id, volunteer_id, joined_on)
     SELECT CASE WHEN v.id % 2 = 0 AND tt.id IS NOT NULL THEN tt.id ELSE 1 + v.id % 17 END, v.id,
            (v.registered_at AT TIME ZONE 'Asia/Shanghai')::date + 7
     FROM volunteers.volunteer v
     JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id
     LEFT JOIN volunteers.volunteer_team tt ON tt.level = 'TOWNSHIP'
       AND tt.org_unit_id = CASE WHEN home.level = 'INSTITUTE' THEN home.id ELSE home.parent_id END
     WHERE v.id % $1 = 0 AND v.id <= $2`,
    [H.memberEvery, H.volunteerCount],
  );
  await manager.query(
    `INSERT INTO volunteers.team_membership (team_id, volunteer_id, joined_on)
     SELECT t.id, v.id, (v.registered_at AT TIME ZONE 'Asia/Shanghai')::date + 3
     FROM volunteers.volunteer_team t JOIN volunteers.volunteer v ON v.home_unit_id = t.org_unit_id
     WHERE t.level = 'VILLAGE' AND v.id <= $2 AND v.id % $1 <> 0
     ORDER BY t.id, v.id`,
    [H.villageMemberSkip, H.volunteerCount],
  );
}

/** The first member of each team leads it. */
export async function appointLeaders(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE volunteers.volunteer_team t SET leader_volunteer_id = m.first_member
     FROM (SELECT team_id, min(volunteer_id) AS first_member FROM volunteers.team_membership GROUP BY team_id) m WHERE m.team_id = t.id`,
  );
}

/** The brand projects, each carried by its county team, run by the center. */
export async function insertBrandProjects(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH projects AS (
       INSERT INTO volunteers.brand_project (name, org_unit_id)
       SELECT p.name, c.id FROM unnest($1::text[]) WITH ORDINALITY AS p(name, ord) JOIN ${UNIT_TREE} c ON c.code = $3 ORDER BY p.ord
       RETURNING id, name
     )
     UPDATE volunteers.volunteer_team t SET brand_project_id = p.id
     FROM projects p JOIN unnest($1::text[], $2::text[]) AS link(project, team) ON link.project = p.name
     WHERE t.name = link.team`,
    [H.brandProjects.map((p) => p.name), H.brandProjects.map((p) => p.team), H.centerCode],
  );
}
