import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19 (benchmark): the breakdowns of a county's service hours and registrations read the
 * volunteers of its home units and their service records of a period. On the province data
 * (3,000,000 volunteers, 10,000,000 records) fetching those rows from the tables cost 8,000–17,000
 * page reads a request and kept a county's breakdown at ~250 ms; with the columns the breakdowns
 * group by in the indexes, PostgreSQL answers from the indexes alone.
 */
export class BreakdownCoveringIndexes1764375200000 implements MigrationInterface {
  name = 'BreakdownCoveringIndexes1764375200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX volunteer_home_unit_breakdown_idx ON volunteers.volunteer (home_unit_id)
       INCLUDE (id, registered_at, deregistered_at, kinds, political_status, gender, total_service_hours)`,
    );
    await q.query(
      `CREATE INDEX service_record_volunteer_breakdown_idx ON volunteers.service_record (volunteer_id, started_at)
       INCLUDE (status, hours, team_id, activity_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX volunteers.service_record_volunteer_breakdown_idx`);
    await q.query(`DROP INDEX volunteers.volunteer_home_unit_breakdown_idx`);
  }
}
