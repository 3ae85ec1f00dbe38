import type { EntityManager } from 'typeorm';
import { subtreeOfCode } from '@civic/org-tree';
import { EventFormat } from '../campaign-event/event-format.enum';
import { TONGCHUAN as T, type PlannedEvent, type PlannedTongchuanCampaign } from './tongchuan.data';

/**
 * Loads Tongchuan's 2021 campaigns, lecture groups (with their members) and work brands at the city
 * center; the touring lectures go round the units below it.
 */
export async function seedTongchuan(manager: EntityManager, centerId: number): Promise<void> {
  const brands = await insertWorkBrands(manager, centerId);
  const touringId = await insertCampaign(manager, { ...T.touring, events: [] }, centerId);
  const groups = await insertLectureGroups(manager, touringId, centerId);
  const hosts = await touringHosts(manager, centerId);
  await insertTouringLectures(manager, touringId, centerId, hosts, groups, brands.get(T.touring.brand) as number);
  for (const campaign of T.campaigns) {
    const id = await insertCampaign(manager, campaign, centerId);
    await insertEvents(manager, id, centerId, campaign.events, brands);
  }
}

async function insertWorkBrands(manager: EntityManager, centerId: number): Promise<Map<string, number>> {
  const rows: { id: number; name: string }[] = await manager.query(
    `INSERT INTO campaigns.work_brand (name, org_unit_id, description, for_minors)
     SELECT b.name, $1, b.description, true FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS b(name, description, ord) ORDER BY b.ord
     RETURNING id, name`,
    [centerId, T.workBrands.map((b) => b.name), T.workBrands.map((b) => b.description)],
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function insertCampaign(manager: EntityManager, plan: PlannedTongchuanCampaign, centerId: number): Promise<number> {
  const [row]: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.campaign (name, kind, description, starts_on, ends_on, organizer_unit_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [plan.name, plan.kind, plan.description, plan.startsOn, plan.endsOn, centerId],
  );
  return row.id;
}

async function insertLectureGroups(manager: EntityManager, campaignId: number, centerId: number): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.lecture_group (name, org_unit_id, campaign_id, topics)
     SELECT g.name, $1, $2, string_to_array(g.topics, '|') FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS g(name, topics, ord) ORDER BY g.ord
     RETURNING id`,
    [centerId, campaignId, T.lectureGroups.map((g) => g.name), T.lectureGroups.map((g) => g.topics.join('|'))],
  );
  const ids = rows.map((r) => r.id);
  await manager.query(
    `INSERT INTO campaigns.lecture_group_member (group_id, volunteer_id)
     SELECT m.group_id, generate_series(m.first, m.last) FROM unnest($1::int[], $2::int[], $3::int[]) AS m(group_id, first, last)`,
    [ids, T.lectureGroups.map((g) => g.members.first), T.lectureGroups.map((g) => g.members.last)],
  );
  return ids;
}

/** The units below the city center (from the org subgraph's tree), or the center alone when it has none. */
async function touringHosts(manager: EntityManager, centerId: number): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(`SELECT u.id FROM ${subtreeOfCode('$1')} u WHERE u.id <> $2 ORDER BY u.id`, [
    T.centerCode,
    centerId,
  ]);
  return rows.length > 0 ? rows.map((r) => r.id) : [centerId];
}

/**
 * The touring lectures alternate between the two teams and go round the hosts in turn; the online
 * micro-lectures follow, at the city center. Dates spread over the campaign's span.
 */
async function insertTouringLectures(
  manager: EntityManager,
  campaignId: number,
  centerId: number,
  hosts: number[],
  groups: number[],
  brandId: number,
): Promise<void> {
  const { touringCount, onlineCount, venues, topics, startsOn, endsOn } = T.touring;
  await manager.query(
    `WITH p AS (SELECT $4::text[] AS venues, $5::text[] AS topics, $6::date AS first_day, $7::date - $6::date + 1 AS span, $2::int[] AS hosts)
     INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count, lecture_group_id, work_brand_id)
     SELECT $1, topics[1 + g % cardinality(topics)] || '巡回宣讲',
            (first_day::text || ' 09:30+08')::timestamptz + ((g * 29) % span) * interval '1 day',
            'LECTURE', venues[1 + g % cardinality(venues)], hosts[1 + g % cardinality(hosts)], 40 + abs(hashint4(g + 11)) % 161,
            ($3::int[])[1 + g % 2], $8
     FROM generate_series(0, $9::int - 1) AS g, p`,
    [campaignId, hosts, groups, venues, topics, startsOn, endsOn, brandId, touringCount],
  );
  await manager.query(
    `INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count, place)
     SELECT $1, '红色故事微讲堂（第' || g || '期）', (($3::date + (g - 1) * 21)::text || ' 15:00+08')::timestamptz,
            '${EventFormat.ONLINE}', 'OTHER', $2, 200 + abs(hashint4(g + 5)) % 801, '云端'
     FROM generate_series(1, $4::int) AS g`,
    [campaignId, centerId, startsOn, onlineCount],
  );
}

async function insertEvents(
  manager: EntityManager,
  campaignId: number,
  centerId: number,
  events: readonly PlannedEvent[],
  brands: Map<string, number>,
): Promise<void> {
  await manager.query(
    `INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count, place, work_brand_id)
     SELECT $1, e.title, e.held_at, e.format, e.venue_type, $2, e.audience, e.place, e.brand
     FROM unnest($3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::int[], $8::text[], $9::int[]) AS e(title, held_at, format, venue_type, audience, place, brand)`,
    [
      campaignId,
      centerId,
      events.map((e) => e.title),
      events.map((e) => e.heldAt),
      events.map((e) => e.format),
      events.map((e) => e.venueType),
      events.map((e) => e.audience),
      events.map((e) => e.place),
      events.map((e) => (e.brand ? (brands.get(e.brand) ?? null) : null)),
    ],
  );
}
