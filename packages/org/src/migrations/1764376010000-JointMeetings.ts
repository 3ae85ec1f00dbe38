import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_VENUE_KINDS = `'PARTY_MASS_SERVICE_CENTER','CULTURAL_STATION','CONVENIENCE_SERVICE_CENTER','NIGHT_SCHOOL',
  'FARMHOUSE_LIBRARY','HISTORY_MUSEUM','MIGRANT_PARTY_BRANCH','LEGAL_CULTURE_SQUARE','YOUTH_PALACE','OTHER'`;

/**
 * Mechanisms and red sites (issue #21): joint meetings (联席会议) with their attendees and decisions
 * followed up to done, and red education sites (红色教育基地) as a venue kind of their own.
 */
export class JointMeetings1764376010000 implements MigrationInterface {
  name = 'JointMeetings1764376010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org.venue DROP CONSTRAINT venue_kind_check`);
    await q.query(`ALTER TABLE org.venue ADD CONSTRAINT venue_kind_check CHECK (kind IN (${OLD_VENUE_KINDS}, 'RED_EDUCATION_SITE'))`);
    await q.query(`
      CREATE TABLE org.joint_meeting (
        id serial PRIMARY KEY,
        convening_unit_id int NOT NULL REFERENCES org.org_unit(id),
        held_on date NOT NULL,
        topic text NOT NULL CHECK (length(trim(topic)) > 0),
        minutes text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX joint_meeting_convener_idx ON org.joint_meeting (convening_unit_id, held_on, id)`);
    await q.query(`CREATE INDEX joint_meeting_order_idx ON org.joint_meeting (held_on, id)`);
    await q.query(`
      CREATE TABLE org.joint_meeting_attendee (
        meeting_id int NOT NULL REFERENCES org.joint_meeting(id),
        org_unit_id int NOT NULL REFERENCES org.org_unit(id),
        person_name text,
        position text,
        PRIMARY KEY (meeting_id, org_unit_id)
      )`);
    await q.query(`CREATE INDEX joint_meeting_attendee_unit_idx ON org.joint_meeting_attendee (org_unit_id)`);
    await q.query(`
      CREATE TABLE org.meeting_decision (
        id serial PRIMARY KEY,
        meeting_id int NOT NULL REFERENCES org.joint_meeting(id),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        responsible_unit_id int NOT NULL REFERENCES org.org_unit(id),
        due_on date NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','IN_PROGRESS','DONE')),
        done_on date,
        progress_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'DONE') = (done_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX meeting_decision_meeting_idx ON org.meeting_decision (meeting_id, id)`);
    await q.query(`CREATE INDEX meeting_decision_unit_idx ON org.meeting_decision (responsible_unit_id, due_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org.meeting_decision`);
    await q.query(`DROP TABLE org.joint_meeting_attendee`);
    await q.query(`DROP TABLE org.joint_meeting`);
    await q.query(`ALTER TABLE org.venue DROP CONSTRAINT venue_kind_check`);
    await q.query(`ALTER TABLE org.venue ADD CONSTRAINT venue_kind_check CHECK (kind IN (${OLD_VENUE_KINDS}))`);
  }
}
