import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'PILOT','CITY_PRACTICE_POINT','EXEMPLARY_MODEL','DEMONSTRATION','OTHER'`;
const STATES = `'SUBMITTED','UNDER_REVIEW','GRANTED','REJECTED','WITHDRAWN'`;

/**
 * Designation applications (申报 → 审核 → 命名 or 驳回, issue #21): an application of a unit to the
 * authority above it, every step with its day and actor, and the designation a grant created.
 */
export class DesignationApplications1764376000000 implements MigrationInterface {
  name = 'DesignationApplications1764376000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org.designation_application (
        id serial PRIMARY KEY,
        applicant_unit_id int NOT NULL REFERENCES org.org_unit(id),
        authority_unit_id int NOT NULL REFERENCES org.org_unit(id),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        applied_on date NOT NULL,
        reason text NOT NULL CHECK (length(trim(reason)) > 0),
        materials text,
        state text NOT NULL DEFAULT 'SUBMITTED' CHECK (state IN (${STATES})),
        decided_on date,
        decision_note text,
        designation_id int UNIQUE REFERENCES org.designation(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (applicant_unit_id <> authority_unit_id),
        CHECK (state <> 'REJECTED' OR length(trim(decision_note)) > 0),
        CHECK ((state = 'GRANTED') = (designation_id IS NOT NULL)),
        CHECK ((state IN ('GRANTED','REJECTED')) = (decided_on IS NOT NULL)),
        CHECK (decided_on IS NULL OR decided_on >= applied_on)
      )`);
    await q.query(`CREATE INDEX designation_application_applicant_idx ON org.designation_application (applicant_unit_id, applied_on, id)`);
    await q.query(`CREATE INDEX designation_application_authority_idx ON org.designation_application (authority_unit_id, applied_on, id)`);
    await q.query(`CREATE INDEX designation_application_order_idx ON org.designation_application (applied_on, id)`);
    // One open application per unit and title: a second is a CONFLICT until the first is decided or withdrawn.
    await q.query(
      `CREATE UNIQUE INDEX designation_application_open_key ON org.designation_application (applicant_unit_id, kind, title)
       WHERE state IN ('SUBMITTED','UNDER_REVIEW')`,
    );
    await q.query(`
      CREATE TABLE org.designation_application_step (
        id serial PRIMARY KEY,
        application_id int NOT NULL REFERENCES org.designation_application(id),
        state text NOT NULL CHECK (state IN (${STATES})),
        taken_on date NOT NULL,
        actor text NOT NULL,
        actor_role text NOT NULL,
        actor_org_unit text,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX designation_application_step_idx ON org.designation_application_step (application_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org.designation_application_step`);
    await q.query(`DROP TABLE org.designation_application`);
  }
}
