import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RecordServiceFunction1764374595000, recordServiceFunction } from './1764374595000-RecordServiceFunction';

/**
 * The rule that a volunteer's service records must not overlap (rejected ones aside) was written
 * twice: in `volunteers.record_service` (for `recordService`) and in the TypeScript of an activity's
 * check-out. It now lives in `volunteers.overlapping_service_record`, which both call. PL/pgSQL, so
 * each backend plans its statement once (a SQL function with a FROM clause is planned on every call).
 * `record_service` is otherwise unchanged (migration 1764374595000).
 */
export class OverlapRuleInOnePlace1764374599000 implements MigrationInterface {
  name = 'OverlapRuleInOnePlace1764374599000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION volunteers.overlapping_service_record(p_volunteer_id int, p_started_at timestamptz, p_ended_at timestamptz)
      RETURNS int LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT r.id FROM volunteers.service_record r
                WHERE r.volunteer_id = p_volunteer_id AND r.status <> 'REJECTED' AND r.started_at < p_ended_at AND r.ended_at > p_started_at
                LIMIT 1);
      END $$`);
    await q.query(recordServiceFunction('CREATE OR REPLACE', 'found_id := volunteers.overlapping_service_record(p_volunteer_id, p_started_at, p_ended_at);'));
  }

  async down(q: QueryRunner): Promise<void> {
    const firstWritten = new RecordServiceFunction1764374595000();
    await firstWritten.down(q);
    await firstWritten.up(q);
    await q.query(`DROP FUNCTION volunteers.overlapping_service_record(int, timestamptz, timestamptz)`);
  }
}
