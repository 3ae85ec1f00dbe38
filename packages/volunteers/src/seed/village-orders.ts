import type { EntityManager } from 'typeorm';
import { UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';

/** What villagers order most (illustrative). */
const ORDER_TITLES = [
  '独居老人代购生活用品',
  '留守儿童课业辅导',
  '果树修剪技术指导',
  '村道清扫与环境整治',
  '老年人智能手机教学',
  '防溺水安全宣传',
  '义诊量血压',
  '惠民政策咨询',
  '红白喜事简办宣讲',
  '春耕农资搬运',
];

/**
 * Residents' orders (群众点单) at the village stations of all 19 townships over 2021: one to four at each
 * station that has none yet (the pilot stations keep their own), dispatched to the station's team, or the township's where the village has none. How many are carried through to done (and
 * rated, 3 to 5) differs from township to township, as it does in a real county; the rest are still
 * open, a few cancelled. Each order's steps follow its status, four hours apart, as the flow writes them.
 * Two set-based statements.
 */
export async function insertVillageOrders(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH stations AS (
       SELECT s.id, s.parent_id AS institute, coalesce(min(st.id), min(it.id)) AS team
       FROM ${UNIT_TREE} s JOIN ${UNIT_TREE} c ON c.code = $1 AND s.path LIKE c.path || '%'
       LEFT JOIN volunteers.volunteer_team st ON st.org_unit_id = s.id AND st.dissolved_at IS NULL
       LEFT JOIN volunteers.volunteer_team it ON it.org_unit_id = s.parent_id AND it.dissolved_at IS NULL
       WHERE s.level = 'STATION' AND NOT EXISTS (SELECT 1 FROM volunteers.service_request r WHERE r.org_unit_id = s.id)
       GROUP BY s.id, s.parent_id
       HAVING coalesce(min(st.id), min(it.id)) IS NOT NULL
     ), orders AS (
       SELECT st.id AS unit_id, st.team, k, (st.id * 7 + k * 13) % 100 AS roll,
              -- each township carries a different share of its orders through: 45% to 95%
              45 + (st.institute * 37) % 51 AS done_share,
              timestamptz '2021-01-04 09:00+08' + (((st.id * 31 + k * 97) % 350) * interval '1 day') AS placed_at,
              $2::text[] AS titles
       FROM stations st CROSS JOIN LATERAL generate_series(1, 1 + st.id % 4) AS k
     ), statused AS (
       SELECT o.*, CASE WHEN o.roll < o.done_share * 0.7 THEN 'RATED'
                        WHEN o.roll < o.done_share THEN 'COMPLETED'
                        WHEN o.roll >= 97 THEN 'CANCELLED'
                        WHEN o.roll >= 90 THEN 'ORDERED'
                        WHEN o.roll >= 80 THEN 'DISPATCHED'
                        ELSE 'ACCEPTED' END AS status
       FROM orders o
     ), placed AS (
       INSERT INTO volunteers.service_request (title, org_unit_id, status, assigned_team_id, rating, rating_comment, created_by, created_at, updated_at)
       SELECT s.titles[1 + (s.unit_id + s.k) % array_length(s.titles, 1)], s.unit_id, s.status,
              CASE WHEN s.status IN ('ORDERED', 'CANCELLED') THEN NULL ELSE s.team END,
              CASE WHEN s.status = 'RATED' THEN 3 + (s.roll + s.done_share / 20) % 3 END,
              CASE WHEN s.status = 'RATED' THEN '服务及时，态度很好' END,
              'demo-operator', s.placed_at, s.placed_at
       FROM statused s ORDER BY s.placed_at, s.unit_id
       RETURNING id, status, assigned_team_id, created_at
     )
     INSERT INTO volunteers.service_request_step (request_id, action, from_status, to_status, team_id, actor, actor_role, at)
     SELECT p.id, a.action, a.from_status, a.to_status, CASE WHEN a.action = 'dispatch' THEN p.assigned_team_id END,
            CASE WHEN a.action IN ('accept', 'complete') THEN 'demo-volunteer' ELSE 'demo-operator' END,
            CASE WHEN a.action IN ('accept', 'complete') THEN 'VOLUNTEER' ELSE 'OPERATOR' END,
            p.created_at + (a.ord - 1) * interval '4 hours'
     FROM placed p
     CROSS JOIN LATERAL unnest(
       (ARRAY['order', 'dispatch', 'accept', 'complete', 'rate'])[1:CASE p.status WHEN 'ORDERED' THEN 1 WHEN 'DISPATCHED' THEN 2
          WHEN 'ACCEPTED' THEN 3 WHEN 'COMPLETED' THEN 4 WHEN 'RATED' THEN 5 ELSE 1 END] || CASE WHEN p.status = 'CANCELLED' THEN ARRAY['cancel'] ELSE ARRAY[]::text[] END,
       (ARRAY[NULL, 'ORDERED', 'DISPATCHED', 'ACCEPTED', 'COMPLETED'])[1:CASE p.status WHEN 'ORDERED' THEN 1 WHEN 'DISPATCHED' THEN 2
          WHEN 'ACCEPTED' THEN 3 WHEN 'COMPLETED' THEN 4 WHEN 'RATED' THEN 5 ELSE 1 END] || CASE WHEN p.status = 'CANCELLED' THEN ARRAY['ORDERED'] ELSE ARRAY[]::text[] END,
       (ARRAY['ORDERED', 'DISPATCHED', 'ACCEPTED', 'COMPLETED', 'RATED'])[1:CASE p.status WHEN 'ORDERED' THEN 1 WHEN 'DISPATCHED' THEN 2
          WHEN 'ACCEPTED' THEN 3 WHEN 'COMPLETED' THEN 4 WHEN 'RATED' THEN 5 ELSE 1 END] || CASE WHEN p.status = 'CANCELLED' THEN ARRAY['CANCELLED'] ELSE ARRAY[]::text[] END
     ) WITH ORDINALITY AS a(action, from_status, to_status, ord)`,
    [H.centerCode, ORDER_TITLES],
  );
}
