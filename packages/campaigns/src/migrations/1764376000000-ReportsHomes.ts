import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNameSearch, dropNameSearch, type SearchableName } from '@civic/subgraph-kit';

const SEARCHABLE: SearchableName[] = [
  { schema: 'campaigns', table: 'role_model', column: 'name' },
  { schema: 'campaigns', table: 'work', column: 'title' },
];

/**
 * Issue #21 (everything the reports describe has a home): role models (先进典型) with their honours
 * (revoked ones kept as history) and the campaigns that feature them; works and materials (作品与教材)
 * and their uses by campaigns and events; the venue an event was held at (a red education site in
 * the org subgraph's venues); people at events (speakers, guests …) and online events' reach; the
 * activity calendar (文明实践日历) of themed days with the activities planned against them.
 */
export class ReportsHomes1764376000000 implements MigrationInterface {
  name = 'ReportsHomes1764376000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns.role_model (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        volunteer_id int,
        org_unit_id int NOT NULL,
        position text,
        nickname text,
        achievements text,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX role_model_unit_idx ON campaigns.role_model (org_unit_id, id)`);
    await q.query(`CREATE INDEX role_model_volunteer_idx ON campaigns.role_model (volunteer_id) WHERE volunteer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE campaigns.role_model_honour (
        id serial PRIMARY KEY,
        role_model_id int NOT NULL REFERENCES campaigns.role_model(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        conferred_by text,
        year int CHECK (year BETWEEN 1949 AND 2100),
        level text NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
        revoked_on date,
        revoke_reason text,
        CHECK (revoke_reason IS NULL OR revoked_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX role_model_honour_model_idx ON campaigns.role_model_honour (role_model_id, id)`);
    await q.query(`CREATE INDEX role_model_honour_year_idx ON campaigns.role_model_honour (year)`);
    await q.query(
      `CREATE UNIQUE INDEX role_model_honour_in_force_key ON campaigns.role_model_honour (role_model_id, title, coalesce(year, 0)) WHERE revoked_on IS NULL`,
    );
    await q.query(`
      CREATE TABLE campaigns.campaign_role_model (
        campaign_id int NOT NULL REFERENCES campaigns.campaign(id),
        role_model_id int NOT NULL REFERENCES campaigns.role_model(id),
        featured_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, role_model_id)
      )`);
    await q.query(`CREATE INDEX campaign_role_model_model_idx ON campaigns.campaign_role_model (role_model_id, campaign_id)`);

    await q.query(`
      CREATE TABLE campaigns.work (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('TEXTBOOK', 'PLAY', 'SONG_CYCLE', 'SONG', 'FILM', 'EXHIBITION', 'OTHER')),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        org_unit_id int NOT NULL,
        year int CHECK (year BETWEEN 1949 AND 2100),
        description text,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX work_unit_idx ON campaigns.work (org_unit_id, id)`);
    await q.query(`
      CREATE TABLE campaigns.work_use (
        id serial PRIMARY KEY,
        work_id int NOT NULL REFERENCES campaigns.work(id),
        campaign_id int REFERENCES campaigns.campaign(id),
        event_id int REFERENCES campaigns.campaign_event(id),
        kind text NOT NULL CHECK (kind IN ('USED', 'PERFORMED', 'DISTRIBUTED')),
        CHECK ((campaign_id IS NULL) <> (event_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX work_use_campaign_key ON campaigns.work_use (campaign_id, work_id, kind) WHERE campaign_id IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX work_use_event_key ON campaigns.work_use (event_id, work_id, kind) WHERE event_id IS NOT NULL`);
    await q.query(`CREATE INDEX work_use_work_idx ON campaigns.work_use (work_id, id)`);

    await q.query(`
      ALTER TABLE campaigns.campaign_event
        ADD COLUMN venue_id int,
        ADD COLUMN online_views int CHECK (online_views >= 0),
        ADD COLUMN online_participants int CHECK (online_participants >= 0),
        ADD COLUMN online_platform text`);
    await q.query(`CREATE INDEX campaign_event_venue_idx ON campaigns.campaign_event (venue_id, held_at, id) WHERE venue_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE campaigns.event_participant (
        id serial PRIMARY KEY,
        event_id int NOT NULL REFERENCES campaigns.campaign_event(id),
        role text NOT NULL CHECK (role IN ('SPEAKER', 'GUEST', 'HOST', 'PERFORMER', 'DOCENT', 'OTHER')),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        position text,
        volunteer_id int,
        role_model_id int REFERENCES campaigns.role_model(id)
      )`);
    await q.query(`CREATE INDEX event_participant_event_idx ON campaigns.event_participant (event_id, id)`);
    await q.query(
      `CREATE INDEX event_participant_role_model_idx ON campaigns.event_participant (role_model_id) WHERE role_model_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE campaigns.calendar_day (
        id serial PRIMARY KEY,
        owner_unit_id int NOT NULL,
        month int NOT NULL CHECK (month BETWEEN 1 AND 12),
        day int NOT NULL CHECK (day BETWEEN 1 AND 31),
        year int CHECK (year BETWEEN 1949 AND 2100),
        theme text NOT NULL CHECK (length(trim(theme)) > 0),
        description text,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_day_theme_key ON campaigns.calendar_day (owner_unit_id, month, day, coalesce(year, 0), theme)`,
    );
    await q.query(`
      CREATE TABLE campaigns.calendar_day_department (
        day_id int NOT NULL REFERENCES campaigns.calendar_day(id),
        org_unit_id int NOT NULL,
        PRIMARY KEY (day_id, org_unit_id)
      )`);
    await q.query(`
      CREATE TABLE campaigns.planned_activity (
        id serial PRIMARY KEY,
        calendar_day_id int NOT NULL REFERENCES campaigns.calendar_day(id),
        planned_on date NOT NULL,
        host_unit_id int NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
        event_id int UNIQUE REFERENCES campaigns.campaign_event(id),
        cancel_reason text,
        version int NOT NULL DEFAULT 1,
        CHECK ((status = 'HELD') = (event_id IS NOT NULL)),
        CHECK (cancel_reason IS NULL OR status = 'CANCELLED')
      )`);
    await q.query(`CREATE INDEX planned_activity_day_idx ON campaigns.planned_activity (calendar_day_id, planned_on, id)`);
    await q.query(`CREATE INDEX planned_activity_host_idx ON campaigns.planned_activity (host_unit_id, planned_on, id)`);
    await q.query(`CREATE INDEX planned_activity_date_idx ON campaigns.planned_activity (planned_on, id)`);

    for (const searchable of SEARCHABLE) await addNameSearch(q, searchable);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const searchable of [...SEARCHABLE].reverse()) await dropNameSearch(q, searchable);
    await q.query(`DROP TABLE campaigns.planned_activity`);
    await q.query(`DROP TABLE campaigns.calendar_day_department`);
    await q.query(`DROP TABLE campaigns.calendar_day`);
    await q.query(`DROP TABLE campaigns.event_participant`);
    await q.query(`DROP INDEX campaigns.campaign_event_venue_idx`);
    await q.query(
      `ALTER TABLE campaigns.campaign_event DROP COLUMN venue_id, DROP COLUMN online_views, DROP COLUMN online_participants, DROP COLUMN online_platform`,
    );
    await q.query(`DROP TABLE campaigns.work_use`);
    await q.query(`DROP TABLE campaigns.work`);
    await q.query(`DROP TABLE campaigns.campaign_role_model`);
    await q.query(`DROP TABLE campaigns.role_model_honour`);
    await q.query(`DROP TABLE campaigns.role_model`);
  }
}
