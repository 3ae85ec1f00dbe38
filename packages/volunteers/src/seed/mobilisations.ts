import type { EntityManager } from 'typeorm';
import { UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';

/**
 * The 2021 special-period mobilisations over the whole county: the county and township "红马甲"
 * teams called up on the first day, the grid workers or village cadres registered before it by
 * name, and the service those teams' members (and those called by name) gave in the period counted
 * toward it, described as the mobilisation's work. A record counts toward one mobilisation only:
 * epidemic control (the first) takes every other record of its period, and the fire season, which
 * overlaps it, the rest.
 */
export async function insertMobilisations(manager: EntityManager): Promise<void> {
  for (const [i, m] of H.mobilisations.entries()) {
    const [{ id }]: { id: number }[] = await manager.query(
      `WITH mobilisation AS (
         INSERT INTO volunteers.mobilisation (kind, title, calling_unit_id, starts_on, ends_on, created_by, created_at)
         SELECT $1, $2, caller.id, $4::date, $5::date, 'demo-seed', ($4::date + time '08:00') AT TIME ZONE 'Asia/Shanghai'
         FROM ${UNIT_TREE} caller WHERE caller.code = $3
         RETURNING id
       ), area AS (
         INSERT INTO volunteers.mobilisation_area (mobilisation_id, org_unit_id)
         SELECT mobilisation.id, center.id FROM mobilisation, ${UNIT_TREE} center WHERE center.code = $6
       )
       SELECT id FROM mobilisation`,
      [m.kind, m.title, m.callingUnit, m.startsOn, m.endsOn, H.centerCode],
    );
    await manager.query(
      `INSERT INTO volunteers.mobilisation_team (mobilisation_id, team_id, called_up_on)
       SELECT $1, t.id, $2::date FROM volunteers.volunteer_team t
       WHERE t.theme = '应急救援' AND t.level IN ('COUNTY', 'TOWNSHIP') AND t.name LIKE '%红马甲%' ORDER BY t.id`,
      [id, m.startsOn],
    );
    await manager.query(
      `INSERT INTO volunteers.mobilisation_volunteer (mobilisation_id, volunteer_id, called_up_on)
       SELECT $1, v.id, $2::date FROM volunteers.volunteer v
       WHERE $3 = ANY(v.kinds) AND v.id <= $5 AND v.registered_at < ($2::date + time '00:00') AT TIME ZONE 'Asia/Shanghai'
       ORDER BY v.id LIMIT $4`,
      [id, m.startsOn, m.byName, H.calledByName, H.volunteerCount],
    );
    await manager.query(
      `WITH counted AS (
         INSERT INTO volunteers.mobilisation_service (service_record_id, mobilisation_id, counted_by, counted_at)
         SELECT r.id, $1, 'demo-seed', r.ended_at + interval '1 day'
         FROM volunteers.service_record r
         WHERE r.started_at >= ($2::date + time '00:00') AT TIME ZONE 'Asia/Shanghai'
           AND r.started_at < ($3::date + 1 + time '00:00') AT TIME ZONE 'Asia/Shanghai'
           AND r.status IN ('APPROVED', 'PENDING') AND (NOT $4::boolean OR r.id % 2 = 0)
           AND (r.team_id IN (SELECT team_id FROM volunteers.mobilisation_team WHERE mobilisation_id = $1)
                OR r.volunteer_id IN (SELECT volunteer_id FROM volunteers.mobilisation_volunteer WHERE mobilisation_id = $1))
         ON CONFLICT (service_record_id) DO NOTHING
         RETURNING service_record_id
       )
       UPDATE volunteers.service_record r SET description = $5 FROM counted c WHERE r.id = c.service_record_id`,
      [id, m.startsOn, m.endsOn, i === 0, m.description],
    );
  }
}
