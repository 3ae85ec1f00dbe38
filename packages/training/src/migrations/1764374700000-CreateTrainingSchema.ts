import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createSeedRunsTableSql } from '@civic/subgraph-kit';

/**
 * Training programs and their enrollments. Org units (organizer, participant's unit) and
 * volunteers are referenced by id only: they live in other subgraphs' schemas.
 */
export class CreateTrainingSchema1764374700000 implements MigrationInterface {
  name = 'CreateTrainingSchema1764374700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(createSeedRunsTableSql('training'));
    await q.query(`
      CREATE TABLE training.training_program (
        id serial PRIMARY KEY,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        organizer_unit_id int NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        audience text NOT NULL DEFAULT 'MIXED' CHECK (audience IN ('STAFF','VOLUNTEERS','MIXED')),
        place text,
        capacity int CHECK (capacity > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX training_program_organizer_idx ON training.training_program (organizer_unit_id, starts_on, id)`);
    await q.query(`
      CREATE TABLE training.enrollment (
        id serial PRIMARY KEY,
        program_id int NOT NULL REFERENCES training.training_program(id),
        participant_name text NOT NULL CHECK (length(trim(participant_name)) > 0),
        participant_unit_id int,
        volunteer_id int,
        attended boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX enrollment_program_idx ON training.enrollment (program_id, id)`);
    await q.query(`CREATE INDEX enrollment_volunteer_idx ON training.enrollment (volunteer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training.enrollment`);
    await q.query(`DROP TABLE training.training_program`);
    await q.query(`DROP TABLE training.seed_runs`);
  }
}
