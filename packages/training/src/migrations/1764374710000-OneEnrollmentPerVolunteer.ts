import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A volunteer enrolls in a program once (people without a volunteer record are not constrained). */
export class OneEnrollmentPerVolunteer1764374710000 implements MigrationInterface {
  name = 'OneEnrollmentPerVolunteer1764374710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX enrollment_program_volunteer_key ON training.enrollment (program_id, volunteer_id) WHERE volunteer_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX training.enrollment_program_volunteer_key`);
  }
}
