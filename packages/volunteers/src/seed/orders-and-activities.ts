import type { EntityManager } from 'typeorm';
import { UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';

const STEPS_TO: Record<string, string[]> = {
  ORDERED: [],
  DISPATCHED: ['dispatch'],
  ACCEPTED: ['dispatch', 'accept'],
  COMPLETED: ['dispatch', 'accept', 'complete'],
  RATED: ['dispatch', 'accept', 'complete', 'rate'],
  CANCELLED: ['cancel'],
};
const STATUS_AFTER: Record<string, string> = {
  order: 'ORDERED',
  dispatch: 'DISPATCHED',
  accept: 'ACCEPTED',
  complete: 'COMPLETED',
  rate: 'RATED',
  cancel: 'CANCELLED',
};

/** Service orders in every status at the two pilot stations, each with the steps that brought it there. */
export async function insertOrders(manager: EntityManager): Promise<void> {
  const stations: { id: number; team: number }[] = await manager.query(
    `SELECT s.id, t.id AS team FROM ${UNIT_TREE} s JOIN volunteers.volunteer_team t ON t.org_unit_id = s.id
     WHERE s.name IN ('政通路社区新时代文明实践站', '小岔河村新时代文明实践站') ORDER BY s.id`,
  );
  for (const [i, order] of H.orders.entries()) {
    const station = stations[i % stations.length];
    const placedAt = new Date(Date.UTC(2021, 5, 1 + i * 3, 1));
    const dispatched = order.status !== 'ORDERED' && order.status !== 'CANCELLED';
    const rated = order.status === 'RATED';
    const [{ id }] = await manager.query(
      `INSERT INTO volunteers.service_request (title, org_unit_id, status, assigned_team_id, rating, rating_comment, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'demo-operator', $7, $7) RETURNING id`,
      [
        order.title,
        station.id,
        order.status,
        dispatched ? station.team : null,
        rated ? 5 - (i % 2) : null,
        rated ? '服务及时，态度很好' : null,
        placedAt,
      ],
    );
    const actions = ['order', ...STEPS_TO[order.status]];
    await manager.query(
      `INSERT INTO volunteers.service_request_step (request_id, action, from_status, to_status, team_id, actor, actor_role, at)
       SELECT $1, a.action, a.from_status, a.to_status, CASE WHEN a.action = 'dispatch' THEN $2::int END,
              CASE WHEN a.action IN ('accept', 'complete') THEN 'demo-volunteer' ELSE 'demo-operator' END,
              CASE WHEN a.action IN ('accept', 'complete') THEN 'VOLUNTEER' ELSE 'OPERATOR' END,
              $3::timestamptz + (a.ord - 1) * interval '4 hours'
       FROM unnest($4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS a(action, from_status, to_status, ord)`,
      [
        id,
        station.team,
        placedAt,
        actions,
        actions.map((_, k) => (k === 0 ? null : STATUS_AFTER[actions[k - 1]])),
        actions.map((a) => STATUS_AFTER[a]),
      ],
    );
  }
}

/** A few recruiting activities of the brand projects, two weeks out from the day the demo data is loaded. */
export async function insertActivities(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.activity (title, description, org_unit_id, team_id, brand_project_id, starts_at, ends_at, place, capacity, check_in_code)
     SELECT p.name || '志愿服务活动', '招募志愿者参加' || p.name || '活动', t.org_unit_id, t.id, p.id,
            date_trunc('day', now()) + (14 + p.id) * interval '1 day' + interval '1 hour',
            date_trunc('day', now()) + (14 + p.id) * interval '1 day' + interval '4 hours',
            '会东县城区', 20 + p.id * 5, lpad((100000 + p.id * 7919 % 900000)::text, 6, '0')
     FROM volunteers.brand_project p JOIN volunteers.volunteer_team t ON t.brand_project_id = p.id`,
  );
}
