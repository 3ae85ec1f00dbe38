import type { EntityManager } from 'typeorm';
import { subtreeOfCode } from '@civic/org-tree';
import { EventFormat } from '../campaign-event/event-format.enum';
import { TONGCHUAN as T } from './tongchuan.data';
import { TONGCHUAN_PEOPLE_WORKS as P } from './tongchuan-people-works.data';

/**
 * Adds to Tongchuan's campaigns: the role model and his honours, featured by the 照金精神
 * exhibition; the works and their uses; the exhibition opening's speaker; the micro-lectures'
 * online reach; the venue of every event held at a red education site the org demo has.
 */
export async function seedTongchuanPeopleAndWorks(manager: EntityManager, centerId: number): Promise<void> {
  await insertRoleModel(manager, centerId);
  await insertWorks(manager, centerId);
  await insertSpeakers(manager, centerId);
  await setOnlineReach(manager);
  await linkRedSites(manager);
}

async function insertRoleModel(manager: EntityManager, centerId: number): Promise<void> {
  const { roleModel: m } = P;
  const [unit]: { id: number }[] = await manager.query(
    `SELECT u.id FROM ${subtreeOfCode('$1')} u
     ORDER BY CASE u.level WHEN 'STATION' THEN 0 WHEN 'INSTITUTE' THEN 1 ELSE 2 END, (u.id = $2::int), u.id LIMIT 1`,
    [T.centerCode, centerId],
  );
  const [model]: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.role_model (name, org_unit_id, position, nickname, achievements) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [m.name, unit?.id ?? centerId, m.position, m.nickname, m.achievements],
  );
  await manager.query(
    `INSERT INTO campaigns.role_model_honour (role_model_id, title, conferred_by, year, level)
     SELECT $1, h.title, h.conferred_by, h.year, h.level
     FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS h(title, conferred_by, year, level, ord) ORDER BY h.ord`,
    [
      model.id,
      m.honours.map((h) => h.title),
      m.honours.map((h) => h.conferredBy),
      m.honours.map((h) => h.year),
      m.honours.map((h) => h.level),
    ],
  );
  await manager.query(
    `INSERT INTO campaigns.campaign_role_model (campaign_id, role_model_id, featured_at)
     SELECT c.id, $2, (c.starts_on::text || ' 09:00+08')::timestamptz FROM campaigns.campaign c WHERE c.name = $1 AND c.organizer_unit_id = $3`,
    [m.featuredBy, model.id, centerId],
  );
}

async function insertWorks(manager: EntityManager, centerId: number): Promise<void> {
  const works: { id: number; title: string }[] = await manager.query(
    `INSERT INTO campaigns.work (kind, title, org_unit_id, year, description)
     SELECT w.kind, w.title, $1, w.year, w.description
     FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS w(kind, title, year, description, ord) ORDER BY w.ord
     RETURNING id, title`,
    [centerId, P.works.map((w) => w.kind), P.works.map((w) => w.title), P.works.map((w) => w.year), P.works.map((w) => w.description)],
  );
  const uses = P.works.flatMap((w) => w.uses.map((use) => ({ workId: works.find((row) => row.title === w.title)?.id as number, ...use })));
  await manager.query(
    `INSERT INTO campaigns.work_use (work_id, campaign_id, event_id, kind)
     SELECT u.work_id, c.id, e.id, u.kind
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(work_id, campaign, event, kind, ord)
     LEFT JOIN campaigns.campaign c ON c.name = u.campaign AND c.organizer_unit_id = $5
     LEFT JOIN LATERAL (SELECT x.id FROM campaigns.campaign_event x JOIN campaigns.campaign xc ON xc.id = x.campaign_id
                        WHERE x.title = u.event AND xc.organizer_unit_id = $5 ORDER BY x.id LIMIT 1) e ON true
     WHERE c.id IS NOT NULL OR e.id IS NOT NULL
     ORDER BY u.ord`,
    [uses.map((u) => u.workId), uses.map((u) => u.campaign ?? null), uses.map((u) => u.event ?? null), uses.map((u) => u.kind), centerId],
  );
}

async function insertSpeakers(manager: EntityManager, centerId: number): Promise<void> {
  await manager.query(
    `INSERT INTO campaigns.event_participant (event_id, role, name, position)
     SELECT e.id, s.role, s.name, s.position
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS s(event, role, name, position, ord)
     JOIN LATERAL (SELECT x.id FROM campaigns.campaign_event x JOIN campaigns.campaign c ON c.id = x.campaign_id
                   WHERE x.title = s.event AND c.organizer_unit_id = $5 ORDER BY x.id LIMIT 1) e ON true
     ORDER BY s.ord`,
    [
      P.speakers.map((s) => s.event),
      P.speakers.map((s) => s.role),
      P.speakers.map((s) => s.name),
      P.speakers.map((s) => s.position),
      centerId,
    ],
  );
}

async function setOnlineReach(manager: EntityManager): Promise<void> {
  const { titlePrefix, platform, views } = P.onlineReach;
  await manager.query(
    `UPDATE campaigns.campaign_event SET online_platform = $2,
            online_views = $3::int + abs(hashint4(id * 13)) % ($4::int - $3::int + 1),
            online_participants = audience_count
     WHERE format = '${EventFormat.ONLINE}' AND starts_with(title, $1)`,
    [titlePrefix, platform, views.min, views.max],
  );
}

/**
 * Events whose place is the name of a red education site get its venue; sites the org demo lacks are
 * skipped, and so are all where the org subgraph's tables are elsewhere (a database of its own).
 */
async function linkRedSites(manager: EntityManager): Promise<void> {
  const [{ venues }] = await manager.query<{ venues: boolean }[]>(`SELECT to_regclass('org.venue') IS NOT NULL AS venues`);
  if (!venues) return;
  await manager.query(
    `UPDATE campaigns.campaign_event e SET venue_id = v.id
     FROM (SELECT DISTINCT ON (name) id, name FROM org.venue WHERE name = ANY($1::text[]) ORDER BY name, id) v
     WHERE e.place = v.name`,
    [P.redSites],
  );
}
