import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #8 (benchmark): `service_record_status_idx (status, volunteer_id)` served no statement: every
 * read of service records filters by volunteer (served by `service_record_volunteer_idx`), team or
 * start time (their own partial indexes), and PostgreSQL's statistics showed no scan of it after a
 * full benchmark. Every `recordService` still had to insert into it at a random place: on the province
 * data a 125 MB index, one more page to dirty and log per write.
 */
export class DropUnusedRecordStatusIndex1764374598000 implements MigrationInterface {
  name = 'DropUnusedRecordStatusIndex1764374598000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX volunteers.service_record_status_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX service_record_status_idx ON volunteers.service_record (status, volunteer_id)`);
  }
}
