import type { EntityManager } from 'typeorm';
import { ancestorIdAtDepth, subtreeOfCode, UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_GROUPS_ACTIONS as G } from './huidong-groups-actions.data';
import { HUIDONG_CAMPAIGNS as H } from './huidong.data';

/**
 * Adds to the Huidong campaigns: one lecture group per township institute with members, the
 * lecture events assigned to the group of their township; the ten customs-reform actions with the
 * customs-reform events spread over them; village rules and red-white councils in part of the stations.
 */
export async function seedHuidongGroupsAndActions(manager: EntityManager, centerCode: string): Promise<void> {
  const lectureId = await campaignIdByName(manager, H.lecture.name);
  const customsId = await campaignIdByName(manager, H.customsReform.name);
  await insertLectureGroups(manager, lectureId, centerCode);
  await insertCustomsReformActions(manager, customsId);
  await insertCustomsReformMeasures(manager, centerCode);
}

async function campaignIdByName(manager: EntityManager, name: string): Promise<number> {
  const [row]: { id: number }[] = await manager.query(`SELECT id FROM campaigns.campaign WHERE name = $1 ORDER BY id LIMIT 1`, [name]);
  if (!row) throw new Error(`campaign '${name}' is missing: the Huidong campaigns seed must run first`);
  return row.id;
}

async function insertLectureGroups(manager: EntityManager, lectureId: number, centerCode: string): Promise<void> {
  const step = Math.floor(H.volunteerIdMax / H.lecture.volunteerPool);
  await manager.query(
    `INSERT INTO campaigns.lecture_group (name, org_unit_id, campaign_id, topics)
     SELECT replace(i.name, '新时代文明实践所', '') || '党史学习教育宣讲小组', i.id, $1, $3::text[]
     FROM ${UNIT_TREE} i JOIN ${UNIT_TREE} c ON i.parent_id = c.id
     WHERE c.code = $2 AND i.level = 'INSTITUTE' ORDER BY i.id`,
    [lectureId, centerCode, G.groupTopics],
  );
  await manager.query(
    `INSERT INTO campaigns.lecture_group_member (group_id, volunteer_id)
     SELECT g.id, 1 + ((g.id * $2::int + k) % $3::int) * $4::int
     FROM campaigns.lecture_group g, generate_series(1, $2::int) AS k WHERE g.campaign_id = $1`,
    [lectureId, G.membersPerGroup, H.lecture.volunteerPool, step],
  );
  // Each lecture goes to the group of the township (institute) that hosted it or whose station did.
  await manager.query(
    `UPDATE campaigns.campaign_event e SET lecture_group_id = g.id
     FROM ${UNIT_TREE} h, campaigns.lecture_group g
     WHERE e.campaign_id = $1 AND h.id = e.host_unit_id AND g.campaign_id = $1
       AND g.org_unit_id = ${ancestorIdAtDepth('h.path', 1)}`,
    [lectureId],
  );
}

async function insertCustomsReformActions(manager: EntityManager, customsId: number): Promise<void> {
  await manager.query(
    `INSERT INTO campaigns.campaign_action (campaign_id, ordinal, name, description)
     SELECT $1, a.ord, a.name, a.description FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(name, description, ord)`,
    [customsId, G.customsReformActions.map((a) => a.name), G.customsReformActions.map((a) => a.description)],
  );
  await manager.query(
    `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM campaigns.campaign_event WHERE campaign_id = $1)
     UPDATE campaigns.campaign_event e SET action_id = a.id
     FROM numbered x, campaigns.campaign_action a
     WHERE e.id = x.id AND a.campaign_id = $1 AND a.ordinal = 1 + (x.n - 1) % $2::int`,
    [customsId, G.customsReformActions.length],
  );
}

async function insertCustomsReformMeasures(manager: EntityManager, centerCode: string): Promise<void> {
  await manager.query(
    `WITH stations AS (
       SELECT u.id FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION'
     )
     INSERT INTO campaigns.customs_reform_measure (org_unit_id, kind, adopted_on, note)
     SELECT id, 'VILLAGE_RULES', $4::date + abs(hashint4(id * 3)) % $5::int, '村规民约增加婚事新办、丧事简办条款'
     FROM stations WHERE abs(hashint4(id)) % 100 < $2::int
     UNION ALL
     SELECT id, 'RED_WHITE_COUNCIL', $4::date + abs(hashint4(id * 5)) % $5::int, '红白理事会负责红白事申报与监督'
     FROM stations WHERE abs(hashint4(id * 7)) % 100 < $3::int`,
    [centerCode, G.villageRulesPercent, G.redWhiteCouncilPercent, G.measuresFrom, G.measuresDays],
  );
}
