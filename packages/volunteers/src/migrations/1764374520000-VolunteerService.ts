import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The volunteer service model (issue #5): registration details and volunteer numbers; configurable
 * team themes, team leaders and membership history; brand projects; activities with sign-ups and
 * check-in/out; reviewable, idempotent service records; record certificates; and service orders
 * (群众点单 → 中心派单 → 志愿者接单 → 群众评单) with every step kept.
 */
export class VolunteerService1764374520000 implements MigrationInterface {
  name = 'VolunteerService1764374520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE volunteers.volunteer_number_seq`);
    await q.query(`
      ALTER TABLE volunteers.volunteer
        ADD COLUMN volunteer_number text UNIQUE,
        ADD COLUMN birth_date date,
        ADD COLUMN gender text CHECK (gender IN ('MALE','FEMALE')),
        ADD COLUMN political_status text CHECK (political_status IN ('CPC_MEMBER','CPC_PROBATIONARY','CYL_MEMBER','DEMOCRATIC_PARTY','MASSES')),
        ADD COLUMN skills text[] NOT NULL DEFAULT '{}',
        ADD COLUMN kinds text[] NOT NULL DEFAULT '{}',
        ADD COLUMN consent_at timestamptz,
        ADD COLUMN guardian_consent boolean NOT NULL DEFAULT false`);

    await q.query(`CREATE TABLE volunteers.team_theme (name text PRIMARY KEY CHECK (length(trim(name)) > 0), description text)`);
    await q.query(`
      INSERT INTO volunteers.team_theme (name) VALUES
        ('党员'), ('理论宣讲与宣传教育'), ('移风易俗'), ('救济帮困'), ('法治'), ('卫生健康'), ('生态环保'), ('文化文艺'), ('科学普及'),
        ('巾帼志愿'), ('青春护航'), ('五老'), ('应急救援'), ('关爱留守儿童'), ('阳光助残'), ('文明劝导'), ('其他')
      ON CONFLICT DO NOTHING`);
    await q.query(`INSERT INTO volunteers.team_theme (name) SELECT DISTINCT theme FROM volunteers.volunteer_team ON CONFLICT DO NOTHING`);

    await q.query(`
      CREATE TABLE volunteers.brand_project (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        description text,
        org_unit_id int NOT NULL
      )`);
    await q.query(`
      ALTER TABLE volunteers.volunteer_team
        ADD COLUMN leader_volunteer_id int REFERENCES volunteers.volunteer(id),
        ADD COLUMN brand_project_id int REFERENCES volunteers.brand_project(id),
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT volunteer_team_theme_fk FOREIGN KEY (theme) REFERENCES volunteers.team_theme(name)`);
    await q.query(`
      CREATE TABLE volunteers.team_membership (
        id serial PRIMARY KEY,
        team_id int NOT NULL REFERENCES volunteers.volunteer_team(id),
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        joined_on date NOT NULL,
        left_on date,
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX team_membership_active_key ON volunteers.team_membership (team_id, volunteer_id) WHERE left_on IS NULL`,
    );
    await q.query(`CREATE INDEX team_membership_volunteer_idx ON volunteers.team_membership (volunteer_id)`);

    await q.query(`
      CREATE TABLE volunteers.activity (
        id serial PRIMARY KEY,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        org_unit_id int NOT NULL,
        team_id int REFERENCES volunteers.volunteer_team(id),
        brand_project_id int REFERENCES volunteers.brand_project(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place text,
        capacity int NOT NULL CHECK (capacity > 0),
        check_in_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX activity_unit_idx ON volunteers.activity (org_unit_id, starts_at)`);
    await q.query(`
      ALTER TABLE volunteers.service_record
        ADD COLUMN idempotency_key text UNIQUE,
        ADD COLUMN campaign_event_id int,
        ADD COLUMN activity_id int REFERENCES volunteers.activity(id),
        ADD COLUMN recorded_by text,
        ADD COLUMN reviewed_by text,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN review_note text`);
    await q.query(`CREATE INDEX service_record_status_idx ON volunteers.service_record (status, volunteer_id)`);
    await q.query(`CREATE INDEX service_record_team_idx ON volunteers.service_record (team_id) WHERE status = 'APPROVED'`);
    await q.query(`CREATE INDEX service_record_started_idx ON volunteers.service_record (started_at) WHERE status = 'APPROVED'`);
    await q.query(`
      CREATE TABLE volunteers.activity_signup (
        id serial PRIMARY KEY,
        activity_id int NOT NULL REFERENCES volunteers.activity(id),
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        signed_up_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        checked_in_at timestamptz,
        checked_out_at timestamptz,
        service_record_id int REFERENCES volunteers.service_record(id),
        CHECK (checked_out_at IS NULL OR checked_out_at > checked_in_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX activity_signup_active_key ON volunteers.activity_signup (activity_id, volunteer_id) WHERE cancelled_at IS NULL`,
    );

    await q.query(`CREATE SEQUENCE volunteers.certificate_number_seq`);
    await q.query(`
      CREATE TABLE volunteers.service_certificate (
        id serial PRIMARY KEY,
        certificate_number text NOT NULL UNIQUE,
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        hours numeric(12,2) NOT NULL,
        record_count int NOT NULL,
        content_summary text NOT NULL,
        issuing_unit_id int NOT NULL,
        issued_on date NOT NULL,
        issued_by text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE volunteers.service_request (
        id serial PRIMARY KEY,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        org_unit_id int NOT NULL,
        status text NOT NULL DEFAULT 'ORDERED' CHECK (status IN ('ORDERED','DISPATCHED','ACCEPTED','COMPLETED','RATED','CANCELLED')),
        assigned_team_id int REFERENCES volunteers.volunteer_team(id),
        rating int CHECK (rating BETWEEN 1 AND 5),
        rating_comment text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX service_request_unit_idx ON volunteers.service_request (org_unit_id, id)`);
    await q.query(`CREATE INDEX service_request_status_idx ON volunteers.service_request (status, id)`);
    await q.query(`
      CREATE TABLE volunteers.service_request_step (
        id serial PRIMARY KEY,
        request_id int NOT NULL REFERENCES volunteers.service_request(id),
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        team_id int REFERENCES volunteers.volunteer_team(id),
        note text,
        actor text NOT NULL,
        actor_role text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX service_request_step_request_idx ON volunteers.service_request_step (request_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['service_request_step', 'service_request', 'service_certificate', 'activity_signup'])
      await q.query(`DROP TABLE volunteers.${table}`);
    await q.query(`ALTER TABLE volunteers.service_record DROP COLUMN idempotency_key, DROP COLUMN campaign_event_id, DROP COLUMN activity_id,
      DROP COLUMN recorded_by, DROP COLUMN reviewed_by, DROP COLUMN reviewed_at, DROP COLUMN review_note`);
    await q.query(`DROP TABLE volunteers.activity`);
    await q.query(`DROP TABLE volunteers.team_membership`);
    await q.query(
      `ALTER TABLE volunteers.volunteer_team DROP CONSTRAINT volunteer_team_theme_fk, DROP COLUMN leader_volunteer_id, DROP COLUMN brand_project_id, DROP COLUMN created_at`,
    );
    await q.query(`DROP TABLE volunteers.brand_project`);
    await q.query(`DROP TABLE volunteers.team_theme`);
    await q.query(`ALTER TABLE volunteers.volunteer DROP COLUMN volunteer_number, DROP COLUMN birth_date, DROP COLUMN gender, DROP COLUMN political_status,
      DROP COLUMN skills, DROP COLUMN kinds, DROP COLUMN consent_at, DROP COLUMN guardian_consent`);
    await q.query(`DROP SEQUENCE volunteers.certificate_number_seq`);
    await q.query(`DROP SEQUENCE volunteers.volunteer_number_seq`);
  }
}
