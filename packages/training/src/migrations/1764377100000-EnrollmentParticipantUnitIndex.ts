import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22 (assessment at province scale): training attendance per assessed unit starts from the
 * enrollments whose participant unit lies in the unit's subtree; without this index that meant every
 * session of the period across the province (568 ms for the largest county's ranking, 128 ms with it).
 */
export class EnrollmentParticipantUnitIndex1764377100000 implements MigrationInterface {
  name = 'EnrollmentParticipantUnitIndex1764377100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX enrollment_participant_unit_idx ON training.enrollment (participant_unit_id, program_id) INCLUDE (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX training.enrollment_participant_unit_idx`);
  }
}
