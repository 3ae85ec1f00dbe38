import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDICATOR_KIND = `'EVENTS_PER_STATION_MONTH', 'ACTIVE_STATION_SHARE', 'HOURS_PER_VOLUNTEER', 'ORDERS_ANSWERED_SHARE', 'ORDER_RATING', 'CUSTOMS_REFORM_COVERAGE', 'TRAINING_ATTENDANCE'`;
const FINDING_STATE = `'OPEN', 'FIXED', 'VERIFIED'`;
const text = (column: string, min: number, max: number) =>
  `CHECK (length(${column}) BETWEEN ${min} AND ${max} AND ${column} = btrim(${column}))`;

/**
 * Assessment (督查考核、评优): schemes with their indicators, inspections with the fixes they
 * require, and recognitions. Scores are not stored: they are computed on read from the other
 * domains' tables. Org units, teams and volunteers are other subgraphs' rows, referenced by id only.
 */
export class CreateAssessmentSchema1764377000000 implements MigrationInterface {
  name = 'CreateAssessmentSchema1764377000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE assessment.seed_runs (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE assessment.scheme (
        id serial PRIMARY KEY,
        owner_unit_id int NOT NULL,
        name text NOT NULL ${text('name', 1, 200)},
        description text CHECK (length(description) <= 2000),
        period_from date NOT NULL,
        period_to date NOT NULL,
        ranked_level text NOT NULL CHECK (ranked_level IN ('INSTITUTE', 'STATION')),
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
        published_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_to >= period_from),
        CHECK ((state = 'DRAFT') = (published_at IS NULL)),
        CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX scheme_owner_idx ON assessment.scheme (owner_unit_id, period_from, id)`);
    await q.query(`
      CREATE TABLE assessment.indicator (
        id serial PRIMARY KEY,
        scheme_id int NOT NULL REFERENCES assessment.scheme (id),
        kind text NOT NULL CHECK (kind IN (${INDICATOR_KIND})),
        target numeric(12,4) NOT NULL CHECK (target > 0),
        weight numeric(7,2) NOT NULL CHECK (weight > 0 AND weight <= 1000),
        description text CHECK (length(description) <= 500),
        version int NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scheme_id, kind)
      )`);
    await q.query(`
      CREATE TABLE assessment.inspection (
        id serial PRIMARY KEY,
        scheme_id int REFERENCES assessment.scheme (id),
        org_unit_id int NOT NULL,
        inspected_on date NOT NULL,
        inspectors text NOT NULL ${text('inspectors', 1, 200)},
        summary text NOT NULL ${text('summary', 1, 2000)},
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX inspection_unit_day_idx ON assessment.inspection (org_unit_id, inspected_on, id)`);
    await q.query(`CREATE INDEX inspection_scheme_idx ON assessment.inspection (scheme_id) WHERE scheme_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE assessment.inspection_finding (
        id serial PRIMARY KEY,
        inspection_id int NOT NULL REFERENCES assessment.inspection (id),
        required_fix text NOT NULL ${text('required_fix', 1, 1000)},
        due_on date NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN (${FINDING_STATE})),
        fixed_on date,
        fix_report text CHECK (length(fix_report) <= 1000),
        fixed_by text,
        fixed_at timestamptz,
        verified_on date,
        verification_note text CHECK (length(verification_note) <= 1000),
        verified_by text,
        verified_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state <> 'OPEN') = (fixed_on IS NOT NULL AND fixed_by IS NOT NULL AND fixed_at IS NOT NULL)),
        CHECK ((state = 'VERIFIED') = (verified_on IS NOT NULL AND verified_by IS NOT NULL AND verified_at IS NOT NULL)),
        CHECK (verified_on >= fixed_on)
      )`);
    await q.query(`CREATE INDEX inspection_finding_inspection_idx ON assessment.inspection_finding (inspection_id, id)`);
    await q.query(`CREATE INDEX inspection_finding_open_due_idx ON assessment.inspection_finding (due_on) WHERE state = 'OPEN'`);
    await q.query(`
      CREATE TABLE assessment.recognition (
        id serial PRIMARY KEY,
        scheme_id int NOT NULL REFERENCES assessment.scheme (id),
        subject_kind text NOT NULL CHECK (subject_kind IN ('UNIT', 'TEAM', 'VOLUNTEER')),
        subject_id int NOT NULL,
        title text NOT NULL ${text('title', 1, 100)},
        reason text NOT NULL ${text('reason', 1, 1000)},
        rank_at_time int CHECK (rank_at_time >= 1),
        score_at_time numeric(9,2),
        recognized_on date NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((subject_kind = 'UNIT') = (rank_at_time IS NOT NULL)),
        CHECK ((subject_kind = 'UNIT') = (score_at_time IS NOT NULL)),
        UNIQUE (scheme_id, subject_kind, subject_id, title)
      )`);
    await q.query(`CREATE INDEX recognition_subject_idx ON assessment.recognition (subject_kind, subject_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment.recognition`);
    await q.query(`DROP TABLE assessment.inspection_finding`);
    await q.query(`DROP TABLE assessment.inspection`);
    await q.query(`DROP TABLE assessment.indicator`);
    await q.query(`DROP TABLE assessment.scheme`);
    await q.query(`DROP TABLE assessment.seed_runs`);
  }
}
