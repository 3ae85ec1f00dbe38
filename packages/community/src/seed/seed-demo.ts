import type { DataSource, EntityManager } from 'typeorm';
import { isUnitTreePublished, subtreeOfCode, UNIT_TREE } from '@civic/org-tree';
import { seedOnce } from '@civic/subgraph-kit';
import {
  CATEGORY_PATTERNS,
  DEMO_PERIOD,
  DISPUTE_CATEGORIES,
  DISPUTE_SUMMARIES,
  FOLLOW_UP_HELP,
  GIVEN_NAMES,
  HANDLERS,
  HOUSEHOLDS_PER_STATION,
  HUIDONG_CENTER_CODE,
  SPRING_FESTIVAL_VISIT,
  SURNAMES,
  UNREGISTERED_VISITS_PER_STATION,
  VISIT_FINDINGS,
  VISITS_PER_HOUSEHOLD,
} from './community.data';

/** A name from the illustrative lists, picked by the SQL integer expression `k`. */
const nameOf = (k: string) =>
  `($1::text[])[1 + (${k}) % cardinality($1::text[])] || ($2::text[])[1 + ((${k}) / 3) % cardinality($2::text[])]`;
const NAMES = [SURNAMES, GIVEN_NAMES];

/**
 * Loads, once, Huidong's grid work over the demo period: households on every station's register,
 * visits, disputes in every state with their steps, and assistance. Set-based and deterministic
 * (every choice is arithmetic on row numbers); needs the org demo data. If the volunteers subgraph's
 * tables are in this database, its demo service orders get the visits they were taken down on: that
 * read of `volunteers.service_request`, at seed time only, is this subgraph's only read of another
 * subgraph's schema (the org tree is read through its published view, as everywhere). It is there
 * because demo orders and demo visits are loaded by different processes and must agree on ids;
 * nothing at run time depends on it.
 */
export function seedCommunityDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'community', 'huidong-grid-2020-2021', async (manager) => {
    await requireHuidong(manager);
    await stationsOfHuidong(manager);
    await insertHouseholds(manager);
    await insertVisits(manager);
    await insertServiceOrderVisits(manager);
    await insertDisputes(manager);
    await insertAssistance(manager);
  });
}

async function requireHuidong(manager: EntityManager): Promise<void> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate and seed the org subgraph before the community demo data`);
  const [found] = await manager.query(`SELECT 1 FROM ${UNIT_TREE} WHERE code = $1`, [HUIDONG_CENTER_CODE]);
  if (!found) throw new Error(`${UNIT_TREE} has no unit ${HUIDONG_CENTER_CODE}: load the org demo data before the community demo data`);
}

/** The county's village and community stations, numbered, with their township and village names. */
async function stationsOfHuidong(manager: EntityManager): Promise<void> {
  await manager.query(`
    CREATE TEMP TABLE grid_station ON COMMIT DROP AS
    SELECT s.id, s.parent_id AS institute_id, (row_number() OVER (ORDER BY s.id))::int AS n,
           replace(i.name, '新时代文明实践所', '') AS township, replace(s.name, '新时代文明实践站', '') AS village
    FROM ${subtreeOfCode(`'${HUIDONG_CENTER_CODE}'`)} s JOIN ${UNIT_TREE} i ON i.id = s.parent_id
    WHERE s.level = 'STATION'`);
}

async function insertHouseholds(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO community.household (org_unit_id, head_name, phone, address, categories, member_count, registered_on, created_by, created_at, updated_at)
     SELECT st.id, ${nameOf('x.k * 7')},
            '1' || (ARRAY['39', '58', '82', '87'])[1 + x.k % 4] || lpad(((x.k * 7919) % 100000000)::text, 8, '0'),
            st.township || st.village || (1 + x.k % 8) || '组' || (1 + (x.k * 3) % 60) || '号',
            CASE WHEN g = $4 THEN '{}'::text[] ELSE string_to_array(($3::text[])[1 + x.k % cardinality($3::text[])], ',') END,
            1 + x.k % 6, x.day, 'seed', (x.day + time '09:00') AT TIME ZONE 'Asia/Shanghai', (x.day + time '09:00') AT TIME ZONE 'Asia/Shanghai'
     FROM grid_station st CROSS JOIN generate_series(1, $4) g
     CROSS JOIN LATERAL (SELECT st.n * 7 + g AS k, $5::date + (st.n * 7 + g) % 120 AS day) x
     ORDER BY st.n, g`,
    [...NAMES, CATEGORY_PATTERNS, HOUSEHOLDS_PER_STATION, DEMO_PERIOD.from],
  );
}

const KINDS = `(ARRAY['GRID_WORKER', 'VILLAGE_CADRE', 'VOLUNTEER'])`;

/** Each household's visits after it was registered, and a few visits per station to no registered household. */
async function insertVisits(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO community.visit (org_unit_id, household_id, visitor_kind, visitor_name, visited_on, findings, satisfaction, created_by, created_at)
     SELECT v.org_unit_id, v.household_id, ${KINDS}[1 + v.k % 3], ${nameOf('v.k * 5 + 3')}, v.day,
            ($3::text[])[1 + v.k % cardinality($3::text[])],
            CASE WHEN v.k % 4 = 0 THEN NULL WHEN v.k % 11 = 0 THEN 2 ELSE 3 + v.k % 3 END,
            'seed', (v.day + time '15:00') AT TIME ZONE 'Asia/Shanghai'
     FROM (
       SELECT h.org_unit_id, h.id AS household_id, h.id * 3 + j AS k,
              h.registered_on + 7 + (h.id * 37 + j * 173) % ($5::date - h.registered_on - 7) AS day
       FROM community.household h CROSS JOIN generate_series(1, $4) j
       UNION ALL
       SELECT st.id, NULL, st.n * 5 + j, $6::date + 7 + (st.n * 41 + j * 131) % ($5::date - $6::date - 7)
       FROM grid_station st CROSS JOIN generate_series(1, $7) j
     ) v
     ORDER BY v.day, v.org_unit_id, v.k`,
    [...NAMES, VISIT_FINDINGS, VISITS_PER_HOUSEHOLD, DEMO_PERIOD.to, DEMO_PERIOD.from, UNREGISTERED_VISITS_PER_STATION],
  );
}

/** The volunteers demo's service orders, each taken down on a village cadre's visit the day it was placed. */
async function insertServiceOrderVisits(manager: EntityManager): Promise<void> {
  const [{ present }] = await manager.query(`SELECT to_regclass('volunteers.service_request') IS NOT NULL AS present`);
  if (!present) return;
  await manager.query(
    `INSERT INTO community.visit (org_unit_id, visitor_kind, visitor_name, visited_on, findings, service_request_id, created_by, created_at)
     SELECT r.org_unit_id, 'VILLAGE_CADRE', ${nameOf('r.id * 13')}, (r.created_at AT TIME ZONE 'Asia/Shanghai')::date,
            '入户走访时居民提出需求，代为点单：' || r.title, r.id, 'seed', r.created_at
     FROM volunteers.service_request r JOIN grid_station st ON st.id = r.org_unit_id
     WHERE (r.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $3::date AND $4::date
     ORDER BY r.id`,
    [...NAMES, DEMO_PERIOD.from, DEMO_PERIOD.to],
  );
}

/**
 * One or two disputes per station: found over the period, settled (most), escalated to the township
 * institute (one in ten), still being mediated (the recent ones and a few hard ones) or not yet taken
 * up (found in the last fortnight); each with the steps that brought it there.
 */
async function insertDisputes(manager: EntityManager): Promise<void> {
  await manager.query(
    `CREATE TEMP TABLE grid_dispute ON COMMIT DROP AS
     SELECT d.*, CASE WHEN d.found_on > date '2021-12-15' THEN 'FOUND'
                      WHEN d.found_on > date '2021-11-15' THEN 'MEDIATING'
                      WHEN d.h % 10 = 0 THEN 'ESCALATED'
                      WHEN d.h % 23 = 0 THEN 'MEDIATING'
                      ELSE 'RESOLVED' END AS state
     FROM (
       SELECT st.id AS org_unit_id, st.institute_id, st.n * 31 + c * 17 AS h,
              date '2020-07-20' + (st.n * 47 + c * 131) % 528 AS found_on
       FROM grid_station st CROSS JOIN LATERAL generate_series(1, 1 + st.n % 2) c
     ) d`,
  );
  const categories = [...DISPUTE_CATEGORIES];
  await manager.query(
    `WITH picked AS (
       SELECT d.*, ($3::text[])[1 + d.h % cardinality($3::text[])] AS category, visit.id AS visit_id, visit.household_id,
              CASE WHEN d.h % 3 = 0 AND visit.id IS NOT NULL THEN 'VISIT' WHEN d.h % 3 = 1 THEN 'RESIDENT_ORDER' ELSE 'REPORT' END AS source,
              CASE d.state WHEN 'RESOLVED' THEN d.found_on + 3 + d.h % 12 WHEN 'ESCALATED' THEN d.found_on + 5 END AS closed_on
       FROM grid_dispute d
       LEFT JOIN LATERAL (
         SELECT v.id, v.household_id FROM community.visit v
         WHERE v.org_unit_id = d.org_unit_id AND v.visited_on <= d.found_on ORDER BY v.visited_on DESC, v.id DESC LIMIT 1
       ) visit ON d.h % 3 = 0
     ),
     cases AS (
       INSERT INTO community.dispute_case (org_unit_id, category, source, visit_id, household_id, summary, parties, found_on, state,
                                           escalated_to_unit_id, closed_on, satisfaction, created_by, created_at)
       SELECT p.org_unit_id, p.category, p.source, CASE WHEN p.source = 'VISIT' THEN p.visit_id END,
              CASE WHEN p.source = 'VISIT' THEN p.household_id END,
              ($4::text[])[array_position($5::text[], p.category)],
              ARRAY[${nameOf('p.h * 7 + 1')}, ${nameOf('p.h * 11 + 2')}],
              p.found_on, p.state, CASE WHEN p.state = 'ESCALATED' THEN p.institute_id END, p.closed_on,
              CASE WHEN p.state = 'RESOLVED' THEN CASE WHEN p.h % 13 = 0 THEN 2 ELSE 3 + p.h % 3 END END,
              'seed', (p.found_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
       FROM picked p ORDER BY p.found_on, p.org_unit_id, p.h
       RETURNING id, state, found_on, closed_on, escalated_to_unit_id
     )
     INSERT INTO community.dispute_case_step (case_id, action, from_state, to_state, taken_on, handled_by, note, escalated_to_unit_id, actor, actor_role, at)
     SELECT c.id, s.action, s.from_state, s.to_state, s.taken_on, s.handled_by, s.note, s.escalated_to, 'seed', 'OPERATOR',
            (s.taken_on + time '17:00') AT TIME ZONE 'Asia/Shanghai'
     FROM cases c
     CROSS JOIN LATERAL (SELECT c.state <> 'FOUND' AND (c.closed_on IS NULL OR c.closed_on - c.found_on >= 5) AS mediated) m
     CROSS JOIN LATERAL (VALUES
       (1, 'OPEN', NULL, 'FOUND', c.found_on, NULL, NULL, NULL::int, true),
       (2, 'MEDIATE', 'FOUND', 'MEDIATING', c.found_on + 2, ($6::text[])[1 + c.id % 2], '组织双方当面协商', NULL, m.mediated),
       (3, 'RESOLVE', CASE WHEN m.mediated THEN 'MEDIATING' ELSE 'FOUND' END, 'RESOLVED', c.closed_on, ($6::text[])[1 + c.id % 2],
           '双方达成一致，签订调解协议', NULL, c.state = 'RESOLVED'),
       (4, 'ESCALATE', CASE WHEN m.mediated THEN 'MEDIATING' ELSE 'FOUND' END, 'ESCALATED', c.closed_on, ($6::text[])[3 + c.id % 2],
           '村级调解未果，移交乡镇', c.escalated_to_unit_id, c.state = 'ESCALATED')
     ) AS s(ord, action, from_state, to_state, taken_on, handled_by, note, escalated_to, applies)
     WHERE s.applies
     ORDER BY c.id, s.ord`,
    [...NAMES, categories, categories.map((category) => DISPUTE_SUMMARIES[category]), categories, HANDLERS],
  );
}

/** Help after one in three visits to a household in difficulty, and the 2021 Spring Festival visits to every such household. */
async function insertAssistance(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO community.assistance (household_id, org_unit_id, kind, given_on, description, given_by, visit_id, created_by, created_at)
     SELECT v.household_id, h.org_unit_id, help.kind, least(v.visited_on + 3, $4::date), help.description, help.given_by, v.id, 'seed',
            (least(v.visited_on + 3, $4::date) + time '16:00') AT TIME ZONE 'Asia/Shanghai'
     FROM community.visit v JOIN community.household h ON h.id = v.household_id AND cardinality(h.categories) > 0
     CROSS JOIN LATERAL (
       SELECT f.kind, f.description, f.given_by FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS f(kind, description, given_by, i)
       WHERE f.i = 1 + v.id % cardinality($1::text[])
     ) help
     WHERE v.id % 3 = 0
     ORDER BY v.id`,
    [FOLLOW_UP_HELP.map((h) => h.kind), FOLLOW_UP_HELP.map((h) => h.description), FOLLOW_UP_HELP.map((h) => h.givenBy), DEMO_PERIOD.to],
  );
  await manager.query(
    `INSERT INTO community.assistance (household_id, org_unit_id, kind, given_on, description, given_by, created_by, created_at)
     SELECT h.id, h.org_unit_id, $1, $2::date + h.id % 7, $3, $4, 'seed', (($2::date + h.id % 7) + time '11:00') AT TIME ZONE 'Asia/Shanghai'
     FROM community.household h WHERE cardinality(h.categories) > 0 AND h.registered_on < $2::date
     ORDER BY h.id`,
    [SPRING_FESTIVAL_VISIT.kind, SPRING_FESTIVAL_VISIT.firstDay, SPRING_FESTIVAL_VISIT.description, SPRING_FESTIVAL_VISIT.givenBy],
  );
}
