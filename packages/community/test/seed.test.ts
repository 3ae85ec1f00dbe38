import { startSubgraphHarness, testDatabaseUrl, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { subtreeOfCode } from '@civic/org-tree';
import { volunteersSubgraph } from '@civic/volunteers';
import { communitySubgraph } from '../src';
import { HUIDONG_CENTER } from './support/callers';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph, communitySubgraph], { databaseUrl: testDatabaseUrl() });
});
afterAll(() => h?.stop());

describe('the community demo data (Huidong grid work, 2020-07 .. 2021-12)', () => {
  it('puts households on the register of every Huidong station, most of them in difficulty', async () => {
    const [row] = await h.sql<{ stations: number; with_households: number; households: number; in_difficulty: number; outside: number }>(
      `SELECT (SELECT count(*) FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION')::int AS stations,
              count(DISTINCT hh.org_unit_id)::int AS with_households, count(*)::int AS households,
              count(*) FILTER (WHERE cardinality(hh.categories) > 0)::int AS in_difficulty,
              count(*) FILTER (WHERE hh.org_unit_id NOT IN (SELECT u.id FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION'))::int AS outside
       FROM community.household hh`,
      [HUIDONG_CENTER],
    );
    expect(row.stations).toBe(204);
    expect(row.with_households).toBe(204);
    expect(row.outside).toBe(0);
    expect(row.in_difficulty).toBeGreaterThan(row.households * 0.8);
    expect(row.in_difficulty).toBeLessThan(row.households);
  });

  it('holds a few thousand visits by all three kinds of visitor, a few hundred disputes in every state, and assistance', async () => {
    const [row] = await h.sql<{ visits: number; kinds: number; disputes: number; states: string[]; assistance: number }>(
      `SELECT (SELECT count(*) FROM community.visit)::int AS visits,
              (SELECT count(DISTINCT visitor_kind) FROM community.visit)::int AS kinds,
              (SELECT count(*) FROM community.dispute_case)::int AS disputes,
              (SELECT array_agg(DISTINCT state ORDER BY state) FROM community.dispute_case) AS states,
              (SELECT count(*) FROM community.assistance)::int AS assistance`,
    );
    expect(row.visits).toBeGreaterThanOrEqual(2000);
    expect(row.visits).toBeLessThan(10000);
    expect(row.kinds).toBe(3);
    expect(row.disputes).toBeGreaterThanOrEqual(200);
    expect(row.disputes).toBeLessThan(1000);
    expect(row.states).toEqual(['ESCALATED', 'FOUND', 'MEDIATING', 'RESOLVED']);
    expect(row.assistance).toBeGreaterThan(500);
  });

  it('dates everything within the demo period, from the center’s unveiling on 2020-07-08 to 2021-12-31', async () => {
    const [row] = await h.sql<{ first: string; last: string }>(
      `SELECT min(day)::text AS first, max(day)::text AS last FROM (
         SELECT registered_on AS day FROM community.household UNION ALL SELECT visited_on FROM community.visit
         UNION ALL SELECT found_on FROM community.dispute_case UNION ALL SELECT closed_on FROM community.dispute_case WHERE closed_on IS NOT NULL
         UNION ALL SELECT taken_on FROM community.dispute_case_step UNION ALL SELECT given_on FROM community.assistance
         UNION ALL SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date FROM community.visit) d`,
    );
    expect(row.first >= '2020-07-08').toBe(true);
    expect(row.last <= '2021-12-31').toBe(true);
  });

  it('gives every case the steps that explain its state, in date order, and no visit or help before the household was registered', async () => {
    const unexplained = await h.sql(
      `SELECT d.id FROM community.dispute_case d
       JOIN LATERAL (SELECT s.to_state, s.taken_on FROM community.dispute_case_step s WHERE s.case_id = d.id ORDER BY s.id DESC LIMIT 1) last ON true
       WHERE last.to_state <> d.state OR (d.closed_on IS NOT NULL AND last.taken_on <> d.closed_on)
          OR EXISTS (SELECT 1 FROM (SELECT s.taken_on, s.from_state, lag(s.to_state) OVER w AS previous_state, lag(s.taken_on) OVER w AS previous_day
                                    FROM community.dispute_case_step s WHERE s.case_id = d.id WINDOW w AS (ORDER BY s.id)) x
                     WHERE x.from_state IS DISTINCT FROM x.previous_state OR x.taken_on < x.previous_day)`,
    );
    expect(unexplained).toEqual([]);
    const early = await h.sql(
      `SELECT v.id FROM community.visit v JOIN community.household hh ON hh.id = v.household_id WHERE v.visited_on < hh.registered_on
       UNION ALL
       SELECT a.id FROM community.assistance a JOIN community.household hh ON hh.id = a.household_id WHERE a.given_on < hh.registered_on`,
    );
    expect(early).toEqual([]);
    const fromVisits = await h.sql<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM community.dispute_case d JOIN community.visit v ON v.id = d.visit_id
       WHERE v.org_unit_id <> d.org_unit_id OR v.visited_on > d.found_on`,
    );
    expect(fromVisits).toEqual([{ wrong: 0 }]);
  });

  it("links the volunteers demo's service orders to the visits they were taken down on", async () => {
    const [row] = await h.sql<{ orders: number; linked: number; unknown: number }>(
      `SELECT (SELECT count(*) FROM volunteers.service_request r
               WHERE (r.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2020-07-08' AND '2021-12-31'
                 AND r.org_unit_id IN (SELECT u.id FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION'))::int AS orders,
              (SELECT count(DISTINCT service_request_id) FROM community.visit)::int AS linked,
              (SELECT count(*) FROM community.visit v WHERE v.service_request_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM volunteers.service_request r WHERE r.id = v.service_request_id))::int AS unknown`,
      [HUIDONG_CENTER],
    );
    expect(row.orders).toBeGreaterThan(0);
    expect(row.linked).toBe(row.orders);
    expect(row.unknown).toBe(0);
  });

  it('loads only once', async () => {
    const before = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM community.visit`);
    await expect(communitySubgraph.seedDemo!(h.subgraphs.community.database.dataSource)).resolves.toBe(false);
    await expect(h.sql(`SELECT count(*)::int AS n FROM community.visit`)).resolves.toEqual(before);
    await expect(h.sql(`SELECT name FROM community.seed_runs`)).resolves.toEqual([{ name: 'huidong-grid-2020-2021' }]);
  });
});
