import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id } }`;
const at = (day: number, hour: number) => new Date(Date.UTC(2024, 5, day, hour)).toISOString();

/** Units whose roll-up row differs from a recount of the volunteer and team rows (empty when exact). */
async function rollupDrift(): Promise<unknown[]> {
  return h.sql(
    `WITH truth AS (
       SELECT unit_id, sum(people)::int AS people, sum(hours) AS hours, sum(teams)::int AS teams FROM (
         SELECT home_unit_id AS unit_id, count(*) AS people, sum(total_service_hours) AS hours, 0 AS teams
         FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL GROUP BY home_unit_id
         UNION ALL SELECT org_unit_id, 0, 0, count(*) FROM volunteers.volunteer_team GROUP BY org_unit_id) d
       GROUP BY unit_id)
     SELECT coalesce(t.unit_id, r.unit_id) AS unit_id, t.people, r.volunteer_count, t.hours, r.service_hours, t.teams, r.team_count
     FROM truth t
     FULL JOIN (SELECT unit_id, sum(volunteer_count) AS volunteer_count, sum(service_hours) AS service_hours, sum(team_count) AS team_count
                FROM volunteers.unit_rollup GROUP BY unit_id) r ON r.unit_id = t.unit_id
     WHERE coalesce(t.people, 0) <> coalesce(r.volunteer_count, 0) OR coalesce(t.hours, 0) <> coalesce(r.service_hours, 0)
        OR coalesce(t.teams, 0) <> coalesce(r.team_count, 0)`,
  );
}

describe('per-unit volunteer roll-up (subtree figures without scanning volunteers)', () => {
  it('matches a recount after the demo data is loaded', async () => {
    const [{ units }] = await h.sql<{ units: number }>(`SELECT count(DISTINCT unit_id)::int AS units FROM volunteers.unit_rollup`);
    expect(units).toBeGreaterThan(100);
    expect(await rollupDrift()).toEqual([]);
  });

  it('stays exact under 30 concurrent recordService calls for volunteers of one unit', async () => {
    const people = await h.sql<{ id: number; home_unit_id: number }>(
      `SELECT id, home_unit_id FROM volunteers.volunteer
       WHERE home_unit_id = (SELECT home_unit_id FROM volunteers.volunteer GROUP BY home_unit_id ORDER BY count(*) DESC LIMIT 1)
       ORDER BY id LIMIT 10`,
    );
    const unit = people[0].home_unit_id;
    const [before] = await h.sql<{ hours: string }>(`SELECT sum(service_hours) AS hours FROM volunteers.unit_rollup WHERE unit_id = $1`, [
      unit,
    ]);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.gql(RECORD, {
          i: { volunteerId: String(people[i % 10].id), startedAt: at(1 + Math.floor(i / 10), 8), endedAt: at(1 + Math.floor(i / 10), 10) },
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [after] = await h.sql<{ hours: string }>(`SELECT sum(service_hours) AS hours FROM volunteers.unit_rollup WHERE unit_id = $1`, [
      unit,
    ]);
    expect(Number(after.hours) - Number(before.hours)).toBe(60);
    expect(await rollupDrift()).toEqual([]);
    // concurrent writers for one unit add to different stripes instead of queueing on one row
    const [{ stripes }] = await h.sql<{ stripes: number }>(
      `SELECT count(*)::int AS stripes FROM volunteers.unit_rollup WHERE unit_id = $1`,
      [unit],
    );
    expect(stripes).toBeGreaterThan(1);
  });

  it('follows a volunteer moving home, a new team and a removed one, whatever wrote them', async () => {
    const [mover] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE total_service_hours > 0 ORDER BY id LIMIT 1`);
    const [target] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE level = 'POINT' ORDER BY id LIMIT 1`);
    await h.sql(`UPDATE volunteers.volunteer SET home_unit_id = $2 WHERE id = $1`, [mover.id, target.id]);
    const [team] = await h.sql<{ id: number }>(
      `INSERT INTO volunteers.volunteer_team (name, level, theme, org_unit_id)
       SELECT '测试队' , level, theme, $1 FROM volunteers.volunteer_team ORDER BY id LIMIT 1 RETURNING id`,
      [target.id],
    );
    expect(await rollupDrift()).toEqual([]);
    await h.sql(`DELETE FROM volunteers.volunteer_team WHERE id = $1`, [team.id]);
    await h.sql(`UPDATE volunteers.volunteer SET phone = phone WHERE home_unit_id = $1`, [target.id]);
    expect(await rollupDrift()).toEqual([]);
  });
});
