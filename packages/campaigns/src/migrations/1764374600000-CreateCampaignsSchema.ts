import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns (宣讲、移风易俗、主题活动), the events held under them and the volunteers behind each
 * event. Org units and volunteers live in other subgraphs' schemas and are referenced by id only.
 * The allowed values are frozen here on purpose: a later enum value comes with its own migration.
 */
export class CreateCampaignsSchema1764374600000 implements MigrationInterface {
  name = 'CreateCampaignsSchema1764374600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "campaigns"."seed_runs" (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE campaigns.campaign (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN (
          'PARTY_HISTORY_LECTURE','CUSTOMS_REFORM','RED_FILM','EXHIBITION','CONTEST','THEMED_ACTIVITY','STUDY_TOUR','OTHER')),
        description text,
        starts_on date,
        ends_on date,
        organizer_unit_id int NOT NULL,
        event_target int CHECK (event_target >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX campaign_organizer_idx ON campaigns.campaign (organizer_unit_id)`);
    await q.query(`
      CREATE TABLE campaigns.campaign_event (
        id serial PRIMARY KEY,
        campaign_id int NOT NULL REFERENCES campaigns.campaign(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        held_at timestamptz NOT NULL,
        format text NOT NULL CHECK (format IN (
          'LECTURE','FIRESIDE_CHAT','OPEN_AIR_MEETING','PERFORMANCE','FILM_SCREENING','ONLINE','VISIT','CONTEST','OTHER')),
        venue_type text NOT NULL CHECK (venue_type IN (
          'GOVERNMENT_AGENCY','SCHOOL','COMMUNITY','ENTERPRISE','COUNTRYSIDE','OTHER')),
        host_unit_id int NOT NULL,
        audience_count int NOT NULL DEFAULT 0 CHECK (audience_count >= 0),
        summary text
      )`);
    await q.query(`CREATE INDEX campaign_event_campaign_idx ON campaigns.campaign_event (campaign_id, held_at, id)`);
    await q.query(`CREATE INDEX campaign_event_host_idx ON campaigns.campaign_event (host_unit_id)`);
    await q.query(`
      CREATE TABLE campaigns.event_volunteer (
        event_id int NOT NULL REFERENCES campaigns.campaign_event(id) ON DELETE CASCADE,
        volunteer_id int NOT NULL,
        PRIMARY KEY (event_id, volunteer_id)
      )`);
    await q.query(`CREATE INDEX event_volunteer_volunteer_idx ON campaigns.event_volunteer (volunteer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaigns.event_volunteer`);
    await q.query(`DROP TABLE campaigns.campaign_event`);
    await q.query(`DROP TABLE campaigns.campaign`);
    await q.query(`DROP TABLE campaigns.seed_runs`);
  }
}
