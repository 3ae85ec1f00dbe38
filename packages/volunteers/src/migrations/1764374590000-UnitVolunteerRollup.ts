import type { MigrationInterface, QueryRunner } from 'typeorm';
import { frozenDropRollupTriggers, frozenRollupTriggerFunction, frozenRollupTriggers, type FrozenRollupSpec } from '@civic/subgraph-kit';

const ROLLUP: FrozenRollupSpec = {
  table: 'volunteers.unit_rollup',
  keys: ['unit_id'],
  counters: ['volunteer_count', 'service_hours', 'team_count'],
};

/**
 * Issue #8 (benchmark): subtree volunteer figures (OrgUnit.volunteerStats) read one small row per
 * unit of the subtree instead of every volunteer and team in it. `volunteers.unit_rollup` holds,
 * per org unit, the volunteers registered there, the sum of their approved hours and the teams
 * based there, kept by statement triggers on `volunteer` and `volunteer_team` in the same
 * transaction as each write; `volunteers.rebuild_unit_rollup()` recomputes it from scratch (this
 * migration's backfill, and bulk loads that bypass triggers). The functions' current definitions
 * are in sql/unit_rollup.sql.
 *
 * The covering index of 1764374580000 served the same figures by scanning index ranges; it is
 * dropped, so that `recordService`'s update of `total_service_hours` is a HOT update again.
 */
export class UnitVolunteerRollup1764374590000 implements MigrationInterface {
  name = 'UnitVolunteerRollup1764374590000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteers.unit_rollup (
        unit_id int NOT NULL,
        stripe smallint NOT NULL DEFAULT 0,
        volunteer_count int NOT NULL DEFAULT 0,
        service_hours numeric(14,2) NOT NULL DEFAULT 0,
        team_count int NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, stripe)
      )`);
    await q.query(
      `COMMENT ON TABLE volunteers.unit_rollup IS 'Per org unit (summed over its stripes): volunteers registered there, their approved hours, teams based there. Kept by triggers; rebuild with volunteers.rebuild_unit_rollup().'`,
    );
    await q.query(
      frozenRollupTriggerFunction(
        'volunteers.roll_up_volunteers',
        ROLLUP,
        (rows, sign) =>
          `SELECT home_unit_id AS unit_id, ${sign} AS volunteer_count, ${sign} * total_service_hours AS service_hours, 0 AS team_count FROM ${rows} WHERE home_unit_id IS NOT NULL`,
      ),
    );
    await q.query(
      frozenRollupTriggerFunction(
        'volunteers.roll_up_teams',
        ROLLUP,
        (rows, sign) => `SELECT org_unit_id AS unit_id, 0 AS volunteer_count, 0 AS service_hours, ${sign} AS team_count FROM ${rows}`,
      ),
    );
    for (const sql of [
      ...frozenRollupTriggers('volunteers.volunteer', 'volunteers.roll_up_volunteers'),
      ...frozenRollupTriggers('volunteers.volunteer_team', 'volunteers.roll_up_teams'),
    ]) {
      await q.query(sql);
    }
    await q.query(`
      CREATE FUNCTION volunteers.rebuild_unit_rollup() RETURNS void LANGUAGE sql AS $$
        DELETE FROM volunteers.unit_rollup;
        INSERT INTO volunteers.unit_rollup (unit_id, volunteer_count, service_hours, team_count)
        SELECT unit_id, sum(people), sum(hours), sum(teams)
        FROM (
          SELECT home_unit_id AS unit_id, count(*) AS people, sum(total_service_hours) AS hours, 0 AS teams
          FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL GROUP BY home_unit_id
          UNION ALL
          SELECT org_unit_id, 0, 0, count(*) FROM volunteers.volunteer_team GROUP BY org_unit_id
        ) d
        GROUP BY unit_id;
      $$`);
    await q.query(`SELECT volunteers.rebuild_unit_rollup()`);
    await q.query(`DROP INDEX volunteers.volunteer_home_unit_hours_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX volunteer_home_unit_hours_idx ON volunteers.volunteer (home_unit_id) INCLUDE (total_service_hours)`);
    for (const sql of [
      ...frozenDropRollupTriggers('volunteers.volunteer', 'volunteers.roll_up_volunteers'),
      ...frozenDropRollupTriggers('volunteers.volunteer_team', 'volunteers.roll_up_teams'),
    ]) {
      await q.query(sql);
    }
    await q.query(`DROP FUNCTION volunteers.rebuild_unit_rollup()`);
    await q.query(`DROP FUNCTION volunteers.roll_up_teams()`);
    await q.query(`DROP FUNCTION volunteers.roll_up_volunteers()`);
    await q.query(`DROP TABLE volunteers.unit_rollup`);
  }
}
