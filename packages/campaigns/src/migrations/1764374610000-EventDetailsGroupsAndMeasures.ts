import type { MigrationInterface, QueryRunner } from 'typeorm';

const FORMATS = [
  'LECTURE',
  'FIRESIDE_CHAT',
  'OPEN_AIR_MEETING',
  'PERFORMANCE',
  'FILM_SCREENING',
  'ONLINE',
  'VISIT',
  'CONTEST',
  'EXHIBITION',
  'OTHER',
];
const VENUES = [
  'GOVERNMENT_AGENCY',
  'SCHOOL',
  'COMMUNITY',
  'ENTERPRISE',
  'COUNTRYSIDE',
  'MILITARY_CAMP',
  'HOUSEHOLD',
  'MEMORIAL_SITE',
  'OTHER',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * Issue #6: lecture groups (宣讲小组) and their members, the named sub-actions of a campaign
 * (e.g. 移风易俗十大行动), work brands (工作品牌), customs-reform measures per village (村规民约、
 * 红白理事会) and the event columns that point at them; an audience target per campaign; the
 * exhibition format and the places of the red-film "seven intos" and of study tours.
 */
export class EventDetailsGroupsAndMeasures1764374610000 implements MigrationInterface {
  name = 'EventDetailsGroupsAndMeasures1764374610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns.campaign ADD COLUMN audience_target int CHECK (audience_target >= 0)`);
    await q.query(`
      CREATE TABLE campaigns.campaign_action (
        id serial PRIMARY KEY,
        campaign_id int NOT NULL REFERENCES campaigns.campaign(id),
        ordinal int NOT NULL CHECK (ordinal >= 1),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        description text,
        UNIQUE (campaign_id, ordinal)
      )`);
    await q.query(`
      CREATE TABLE campaigns.lecture_group (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        org_unit_id int NOT NULL,
        campaign_id int REFERENCES campaigns.campaign(id),
        topics text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lecture_group_campaign_idx ON campaigns.lecture_group (campaign_id)`);
    await q.query(`CREATE INDEX lecture_group_unit_idx ON campaigns.lecture_group (org_unit_id)`);
    await q.query(`
      CREATE TABLE campaigns.lecture_group_member (
        group_id int NOT NULL REFERENCES campaigns.lecture_group(id) ON DELETE CASCADE,
        volunteer_id int NOT NULL,
        PRIMARY KEY (group_id, volunteer_id)
      )`);
    await q.query(`
      CREATE TABLE campaigns.work_brand (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        org_unit_id int NOT NULL,
        description text,
        for_minors boolean NOT NULL DEFAULT false,
        UNIQUE (org_unit_id, name)
      )`);
    await q.query(`
      ALTER TABLE campaigns.campaign_event
        ADD COLUMN lecture_group_id int REFERENCES campaigns.lecture_group(id),
        ADD COLUMN action_id int REFERENCES campaigns.campaign_action(id),
        ADD COLUMN work_brand_id int REFERENCES campaigns.work_brand(id),
        ADD COLUMN place text`);
    await q.query(
      `CREATE INDEX campaign_event_group_idx ON campaigns.campaign_event (lecture_group_id) WHERE lecture_group_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX campaign_event_brand_idx ON campaigns.campaign_event (work_brand_id) WHERE work_brand_id IS NOT NULL`);
    await q.query(`CREATE INDEX campaign_event_host_time_idx ON campaigns.campaign_event (host_unit_id, held_at, id)`);
    await q.query(`ALTER TABLE campaigns.campaign_event DROP CONSTRAINT campaign_event_format_check`);
    await q.query(`ALTER TABLE campaigns.campaign_event ADD CONSTRAINT campaign_event_format_check CHECK (format IN (${list(FORMATS)}))`);
    await q.query(`ALTER TABLE campaigns.campaign_event DROP CONSTRAINT campaign_event_venue_type_check`);
    await q.query(
      `ALTER TABLE campaigns.campaign_event ADD CONSTRAINT campaign_event_venue_type_check CHECK (venue_type IN (${list(VENUES)}))`,
    );
    await q.query(`
      CREATE TABLE campaigns.customs_reform_measure (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('VILLAGE_RULES', 'RED_WHITE_COUNCIL')),
        adopted_on date NOT NULL,
        note text,
        UNIQUE (org_unit_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaigns.customs_reform_measure`);
    await q.query(
      `DELETE FROM campaigns.campaign_event WHERE format = 'EXHIBITION' OR venue_type IN ('MILITARY_CAMP', 'HOUSEHOLD', 'MEMORIAL_SITE')`,
    );
    await q.query(
      `ALTER TABLE campaigns.campaign_event DROP COLUMN lecture_group_id, DROP COLUMN action_id, DROP COLUMN work_brand_id, DROP COLUMN place`,
    );
    const oldFormats = FORMATS.filter((f) => f !== 'EXHIBITION');
    const oldVenues = VENUES.filter((v) => !['MILITARY_CAMP', 'HOUSEHOLD', 'MEMORIAL_SITE'].includes(v));
    await q.query(`ALTER TABLE campaigns.campaign_event DROP CONSTRAINT campaign_event_format_check`);
    await q.query(
      `ALTER TABLE campaigns.campaign_event ADD CONSTRAINT campaign_event_format_check CHECK (format IN (${list(oldFormats)}))`,
    );
    await q.query(`ALTER TABLE campaigns.campaign_event DROP CONSTRAINT campaign_event_venue_type_check`);
    await q.query(
      `ALTER TABLE campaigns.campaign_event ADD CONSTRAINT campaign_event_venue_type_check CHECK (venue_type IN (${list(oldVenues)}))`,
    );
    await q.query(`DROP TABLE campaigns.work_brand`);
    await q.query(`DROP TABLE campaigns.lecture_group_member`);
    await q.query(`DROP TABLE campaigns.lecture_group`);
    await q.query(`DROP TABLE campaigns.campaign_action`);
    await q.query(`ALTER TABLE campaigns.campaign DROP COLUMN audience_target`);
  }
}
