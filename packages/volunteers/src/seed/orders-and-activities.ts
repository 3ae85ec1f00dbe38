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

/** An order placed at a unit, with the steps that brought it to its status, in two statements. */
async function insertOrder(
  manager: EntityManager,
  order: { title: string; status: string; unitId: number; teamId: number; placedAt: Date; rating: number },
): Promise<void> {
  const dispatched = order.status !== 'ORDERED' && order.status !== 'CANCELLED';
  const rated = order.status === 'RATED';
  const [{ id }] = await manager.query(
    `INSERT INTO volunteers.service_request (title, org_unit_id, status, assigned_team_id, rating, rating_comment, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'demo-operator', $7, $7) RETURNING id`,
    [
      order.title,
      order.unitId,
      order.status,
      dispatched ? order.teamId : null,
      rated ? order.rating : null,
      rated ? '服务及时，态度很好' : null,
      order.placedAt,
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
      order.teamId,
      order.placedAt,
      actions,
      actions.map((_, k) => (k === 0 ? null : STATUS_AFTER[actions[k - 1]])),
      actions.map((a) => STATUS_AFTER[a]),
    ],
  );
}

/**
 * Service orders in every status at the two pilot stations (June 2021), and the orders sub-centers
 * placed and dispatched to the county team of their field (spread over 2021).
 */
export async function insertOrders(manager: EntityManager): Promise<void> {
  const stations: { id: number; team: number }[] = await manager.query(
    `SELECT s.id, t.id AS team FROM ${UNIT_TREE} s JOIN volunteers.volunteer_team t ON t.org_unit_id = s.id
     WHERE s.name IN ('政通路社区新时代文明实践站', '小岔河村新时代文明实践站') ORDER BY s.id`,
  );
  for (const [i, order] of H.orders.entries()) {
    const station = stations[i % stations.length];
    const placedAt = new Date(Date.UTC(2021, 5, 1 + i * 3, 1));
    await insertOrder(manager, { ...order, unitId: station.id, teamId: station.team, placedAt, rating: 5 - (i % 2) });
  }
  const subCenters: { department: string; unit: number; team: number }[] = await manager.query(
    `SELECT o.department, u.id AS unit, t.id AS team
     FROM unnest($1::text[], $2::text[]) AS o(department, team_name)
     JOIN ${UNIT_TREE} u ON u.level = 'SUB_CENTER' AND u.name = '会东县新时代文明实践' || o.department || '分中心'
     JOIN volunteers.volunteer_team t ON t.name = o.team_name`,
    [H.subCenterOrders.map((o) => o.department), H.subCenterOrders.map((o) => o.team)],
  );
  for (const [i, order] of H.subCenterOrders.entries()) {
    const placedBy = subCenters.find((s) => s.department === order.department);
    if (!placedBy) continue;
    const placedAt = new Date(Date.UTC(2021, 2 + i * 2, 10, 1));
    await insertOrder(manager, { ...order, unitId: placedBy.unit, teamId: placedBy.team, placedAt, rating: 5 });
  }
}

/**
 * Recruiting activities: one per brand project, every six weeks from October 2020, run by the team
 * that carries it; and two per sub-center in its department's field, spread over 2020-08..2021-12
 * (Saturdays, 09:00–12:00 China time). Each was published two weeks before it began.
 */
export async function insertActivities(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.activity (title, description, org_unit_id, team_id, brand_project_id, starts_at, ends_at, place, capacity, check_in_code, created_at)
     SELECT p.name || '志愿服务活动', '招募志愿者参加' || p.name || '活动', t.org_unit_id, t.id, p.id,
            s.starts_at, s.starts_at + interval '3 hours',
            '会东县城区', 20 + p.id * 5, lpad((100000 + p.id * 7919 % 900000)::text, 6, '0'), s.starts_at - interval '14 days'
     FROM volunteers.brand_project p JOIN volunteers.volunteer_team t ON t.brand_project_id = p.id
     CROSS JOIN LATERAL (SELECT timestamptz '2020-10-03 09:00+08' + p.id * interval '42 days' AS starts_at) s`,
  );
  const departments = Object.keys(H.subCenterActivities);
  await manager.query(
    `INSERT INTO volunteers.activity (title, description, org_unit_id, starts_at, ends_at, place, capacity, check_in_code, created_at)
     SELECT a.title, u.name || '组织' || a.title || '志愿服务活动', u.id, s.starts_at, s.starts_at + interval '3 hours',
            '会东县', 30, lpad((200000 + a.ord * 7919 % 700000)::text, 6, '0'), s.starts_at - interval '14 days'
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(department, title, ord)
     JOIN ${UNIT_TREE} u ON u.level = 'SUB_CENTER' AND u.name = '会东县新时代文明实践' || a.department || '分中心'
     CROSS JOIN LATERAL (SELECT timestamptz '2020-08-01 09:00+08' + ((a.ord - 1) * 72 / 29) * interval '7 days' AS starts_at) s
     ORDER BY a.ord`,
    [departments.flatMap((d) => [d, d]), departments.flatMap((d) => [...H.subCenterActivities[d]])],
  );
}
