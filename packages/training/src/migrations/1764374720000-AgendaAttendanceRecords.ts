import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #7: the agenda (sessions, with the unit a site visit went to), the trainee's position and
 * text department, attendance per session, completion with a certificate number, and feedback
 * per session from its attendees. Org units stay referenced by id only.
 */
export class AgendaAttendanceRecords1764374720000 implements MigrationInterface {
  name = 'AgendaAttendanceRecords1764374720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training.training_session (
        id serial PRIMARY KEY,
        program_id int NOT NULL REFERENCES training.training_program(id),
        kind text NOT NULL CHECK (kind IN ('OPENING','LECTURE','SITE_VISIT','DISCUSSION','CLOSING','OTHER')),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        speaker text,
        speaker_position text,
        visited_unit_id int,
        method text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK ((kind = 'SITE_VISIT') = (visited_unit_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX training_session_program_idx ON training.training_session (program_id, starts_at, id)`);
    await q.query(
      `CREATE INDEX training_session_visited_unit_idx ON training.training_session (visited_unit_id, starts_at, id) WHERE visited_unit_id IS NOT NULL`,
    );

    await q.query(`ALTER TABLE training.enrollment
      ADD COLUMN participant_position text,
      ADD COLUMN participant_unit_name text,
      ADD COLUMN completed_on date,
      ADD COLUMN certificate_number text,
      ADD CONSTRAINT enrollment_certificate_needs_completion CHECK (certificate_number IS NULL OR completed_on IS NOT NULL),
      ADD CONSTRAINT enrollment_completion_needs_attendance CHECK (completed_on IS NULL OR attended)`);
    await q.query(
      `CREATE UNIQUE INDEX enrollment_certificate_number_key ON training.enrollment (certificate_number) WHERE certificate_number IS NOT NULL`,
    );
    // The same person twice: by volunteer record (earlier migration), otherwise by name and unit.
    await q.query(`CREATE UNIQUE INDEX enrollment_program_person_key ON training.enrollment
      (program_id, participant_name, coalesce(participant_unit_id, 0), coalesce(participant_unit_name, '')) WHERE volunteer_id IS NULL`);

    await q.query(`
      CREATE TABLE training.session_attendance (
        session_id int NOT NULL REFERENCES training.training_session(id),
        enrollment_id int NOT NULL REFERENCES training.enrollment(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, enrollment_id)
      )`);
    await q.query(`CREATE INDEX session_attendance_enrollment_idx ON training.session_attendance (enrollment_id, session_id)`);

    // Only an attendee rates a session: the foreign key to its attendance row holds that.
    await q.query(`
      CREATE TABLE training.session_feedback (
        id serial PRIMARY KEY,
        session_id int NOT NULL,
        enrollment_id int NOT NULL,
        rating int NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (comment IS NULL OR length(comment) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, enrollment_id),
        FOREIGN KEY (session_id, enrollment_id) REFERENCES training.session_attendance (session_id, enrollment_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training.session_feedback`);
    await q.query(`DROP TABLE training.session_attendance`);
    await q.query(`DROP INDEX training.enrollment_program_person_key`);
    await q.query(`DROP INDEX training.enrollment_certificate_number_key`);
    await q.query(`ALTER TABLE training.enrollment
      DROP CONSTRAINT enrollment_completion_needs_attendance,
      DROP CONSTRAINT enrollment_certificate_needs_completion,
      DROP COLUMN certificate_number, DROP COLUMN completed_on, DROP COLUMN participant_unit_name, DROP COLUMN participant_position`);
    await q.query(`DROP TABLE training.training_session`);
  }
}
