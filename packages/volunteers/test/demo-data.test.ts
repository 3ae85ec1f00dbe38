import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';

/**
 * The volunteers demo data as an analyst would probe it: hours in every month since the center was
 * unveiled, no service before registration or with a team the volunteer had not joined, every
 * village team staffed, nothing dated after 2021, and Tongchuan's child docents where the campaigns
 * subgraph's lecture groups expect them.
 */
let h: SubgraphHarness;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  centerId = String(center.id);
}, 180000);
afterAll(() => h?.stop());

describe('the volunteers demo data', () => {
  it('keeps the reported totals: 90,000 volunteers in Huidong, 61,000 records there, 200,000+ approved hours', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { volunteerStats { volunteerCount serviceHours } } } }`,
      {
        r: [{ __typename: 'OrgUnit', id: centerId }],
      },
    );
    expect(res.errors).toBeUndefined();
    const stats = res.data!._entities[0].volunteerStats;
    expect(stats.volunteerCount).toBe(90000);
    expect(stats.serviceHours).toBeGreaterThan(200000);
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.service_record WHERE volunteer_id <= 90000`);
    expect(n).toBe(61000);
  });

  it('has Huidong hours in each of the 18 months 2020-07..2021-12, none carrying most of the work', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { serviceHoursByMonth(from: "2020-07-01", to: "2021-12-31") { month hours } } } }`,
      { r: [{ __typename: 'OrgUnit', id: centerId }] },
    );
    expect(res.errors).toBeUndefined();
    const months: { month: string; hours: number }[] = res.data!._entities[0].serviceHoursByMonth;
    expect(months).toHaveLength(18);
    expect(months.filter((m) => !(m.hours > 0)).map((m) => m.month)).toEqual([]);
    const total = months.reduce((sum, m) => sum + m.hours, 0);
    expect(Math.max(...months.map((m) => m.hours)) / total).toBeLessThan(0.2);
    const [outside] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.service_record
       WHERE started_at < timestamptz '2020-07-08 00:00+08' OR ended_at >= timestamptz '2022-01-01 00:00+08'`,
    );
    expect(outside.n).toBe(0);
  });

  it('has no service record before its volunteer registered, and no two records of one volunteer overlapping', async () => {
    const [row] = await h.sql<{ early: number; overlapping: number }>(
      `SELECT (SELECT count(*)::int FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
               WHERE r.started_at < v.registered_at) AS early,
              (SELECT count(*)::int FROM volunteers.service_record a JOIN volunteers.service_record b
                 ON b.volunteer_id = a.volunteer_id AND b.id > a.id AND b.started_at < a.ended_at AND b.ended_at > a.started_at) AS overlapping`,
    );
    expect(row).toEqual({ early: 0, overlapping: 0 });
  });

  it('gives no record a team its volunteer had not joined by that day', async () => {
    const [row] = await h.sql<{ total: number; with_team: number; strangers: number }>(
      `SELECT count(*)::int AS total, count(r.team_id)::int AS with_team,
              count(*) FILTER (WHERE r.team_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM volunteers.team_membership m WHERE m.team_id = r.team_id AND m.volunteer_id = r.volunteer_id
                  AND m.joined_on <= (r.started_at AT TIME ZONE 'Asia/Shanghai')::date
                  AND (m.left_on IS NULL OR m.left_on > (r.started_at AT TIME ZONE 'Asia/Shanghai')::date)))::int AS strangers
       FROM volunteers.service_record r`,
    );
    expect(row.strangers).toBe(0);
    expect(row.with_team).toBeGreaterThan(row.total / 10);
  });

  it('staffs every village team', async () => {
    const empty = await h.sql<{ name: string }>(
      `SELECT t.name FROM volunteers.volunteer_team t WHERE t.level = 'VILLAGE'
       AND NOT EXISTS (SELECT 1 FROM volunteers.team_membership m WHERE m.team_id = t.id AND m.left_on IS NULL)`,
    );
    expect(empty).toEqual([]);
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer_team WHERE level = 'VILLAGE'`);
    expect(n).toBeGreaterThan(0);
  });

  it('dates no activity or order after 2021-12-31, and gives each of the 15 sub-centers activities', async () => {
    const [late] = await h.sql<{ activities: number; orders: number; steps: number }>(
      `SELECT (SELECT count(*)::int FROM volunteers.activity WHERE starts_at >= timestamptz '2022-01-01 00:00+08' OR starts_at < timestamptz '2020-07-08 00:00+08') AS activities,
              (SELECT count(*)::int FROM volunteers.service_request WHERE created_at >= timestamptz '2022-01-01 00:00+08') AS orders,
              (SELECT count(*)::int FROM volunteers.service_request_step WHERE at >= timestamptz '2022-01-01 00:00+08') AS steps`,
    );
    expect(late).toEqual({ activities: 0, orders: 0, steps: 0 });
    const subCenters = await h.sql<{ name: string; activities: number }>(
      `SELECT u.name, count(a.id)::int AS activities FROM ${UNIT_TREE} u LEFT JOIN volunteers.activity a ON a.org_unit_id = u.id
       WHERE u.level = 'SUB_CENTER' AND u.code LIKE '513426%' GROUP BY u.name`,
    );
    expect(subCenters).toHaveLength(15);
    expect(subCenters.filter((s) => s.activities === 0)).toEqual([]);
    const [{ dispatched }] = await h.sql<{ dispatched: number }>(
      `SELECT count(*)::int AS dispatched FROM volunteers.service_request r JOIN ${UNIT_TREE} u ON u.id = r.org_unit_id
       WHERE u.level = 'SUB_CENTER' AND r.assigned_team_id IS NOT NULL`,
    );
    expect(dispatched).toBeGreaterThan(0);
  });

  it('holds Tongchuan’s child docents as volunteers 90001–90080 in Tongchuan’s units, in the two lecture groups', async () => {
    const children = await h.sql<{ id: number; kinds: string[]; inside: boolean }>(
      `SELECT v.id, v.kinds, u.path LIKE c.path || '%' AS inside
       FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id JOIN ${UNIT_TREE} c ON c.code = '610200-ZX'
       WHERE v.id BETWEEN 90001 AND 90080 ORDER BY v.id`,
    );
    expect(children).toHaveLength(80);
    expect(children.every((c) => c.inside && c.kinds.includes('CHILD_DOCENT'))).toBe(true);
    const res = await h.gql(
      `{ volunteerTeams(filter: { search: "铜川市" }, first: 5) { edges { node { name level memberCount totalServiceHours orgUnit { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const teams = res.data!.volunteerTeams.edges.map(
      (e: { node: { name: string; memberCount: number; totalServiceHours: number } }) => e.node,
    );
    expect(teams.map((t: { name: string }) => t.name).sort()).toEqual(['铜川市"小红星讲解团"志愿服务队', '铜川市"红孩儿"宣讲团'].sort());
    expect(teams.every((t: { memberCount: number; totalServiceHours: number }) => t.memberCount === 40 && t.totalServiceHours > 0)).toBe(
      true,
    );
    const members = await h.sql<{ name: string; first: number; last: number }>(
      `SELECT t.name, min(m.volunteer_id)::int AS first, max(m.volunteer_id)::int AS last FROM volunteers.volunteer_team t
       JOIN volunteers.team_membership m ON m.team_id = t.id WHERE t.name LIKE '铜川市%' GROUP BY t.name ORDER BY min(m.volunteer_id)`,
    );
    expect(members).toEqual([
      { name: '铜川市"红孩儿"宣讲团', first: 90001, last: 90040 },
      { name: '铜川市"小红星讲解团"志愿服务队', first: 90041, last: 90080 },
    ]);
    // Huidong's own count is untouched: 90,000 in its subtree
    const [{ huidong }] = await h.sql<{ huidong: number }>(
      `SELECT count(*)::int AS huidong FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id
       JOIN ${UNIT_TREE} c ON c.code = '513426-ZX' WHERE u.path LIKE c.path || '%'`,
    );
    expect(huidong).toBe(90000);
  });
});
