import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the org model (issue #4): departments of sub-centers, geo points and contacts on
 * units; designations and honours with their history; venues; and region codes checked against
 * their level and their parent's prefix. The pilot flag becomes a PILOT designation.
 */
export class OrgStructureDetails1764374410000 implements MigrationInterface {
  name = 'OrgStructureDetails1764374410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE org.org_unit
        ADD COLUMN department text,
        ADD COLUMN latitude numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN contact_name text,
        ADD COLUMN contact_title text,
        ADD COLUMN contact_phone text,
        ADD CONSTRAINT org_unit_geo_pair CHECK ((latitude IS NULL) = (longitude IS NULL)),
        ADD CONSTRAINT org_unit_closed_after_established CHECK (closed_on IS NULL OR established_on IS NULL OR closed_on >= established_on)`);
    await q.query(
      `UPDATE org.org_unit SET department = coalesce(substring(name from '文明实践(.+)分中心$'), name) WHERE level = 'SUB_CENTER'`,
    );
    await q.query(
      `ALTER TABLE org.org_unit ADD CONSTRAINT org_unit_sub_center_department CHECK (level <> 'SUB_CENTER' OR department IS NOT NULL)`,
    );

    await q.query(`
      CREATE TABLE org.designation (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL REFERENCES org.org_unit(id),
        kind text NOT NULL CHECK (kind IN ('PILOT','CITY_PRACTICE_POINT','EXEMPLARY_MODEL','DEMONSTRATION','OTHER')),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        granted_by text NOT NULL CHECK (length(trim(granted_by)) > 0),
        granted_on date NOT NULL,
        revoked_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (revoked_on IS NULL OR revoked_on >= granted_on)
      )`);
    await q.query(`CREATE INDEX designation_unit_idx ON org.designation (org_unit_id)`);
    await q.query(`CREATE UNIQUE INDEX designation_active_key ON org.designation (org_unit_id, kind, title) WHERE revoked_on IS NULL`);
    await q.query(`
      INSERT INTO org.designation (org_unit_id, kind, title, granted_by, granted_on)
      SELECT id, 'PILOT', '新时代文明实践试点', '县委宣传部', coalesce(established_on, created_at::date) FROM org.org_unit WHERE is_pilot`);
    await q.query(`ALTER TABLE org.org_unit DROP COLUMN is_pilot`);

    await q.query(`
      CREATE TABLE org.venue (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL REFERENCES org.org_unit(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('PARTY_MASS_SERVICE_CENTER','CULTURAL_STATION','CONVENIENCE_SERVICE_CENTER','NIGHT_SCHOOL',
          'FARMHOUSE_LIBRARY','HISTORY_MUSEUM','MIGRANT_PARTY_BRANCH','LEGAL_CULTURE_SQUARE','YOUTH_PALACE','OTHER')),
        address text,
        opening_hours text,
        capacity int CHECK (capacity > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX venue_unit_idx ON org.venue (org_unit_id, id)`);
    await q.query(`CREATE INDEX venue_kind_idx ON org.venue (kind, id)`);

    // Official codes are hierarchical by prefix (GB/T 2260; 12-digit statistical codes below the county).
    await q.query(`
      CREATE FUNCTION org.check_region_code() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_level text;
      BEGIN
        SELECT level INTO parent_level FROM org.region WHERE code = NEW.parent_code;
        IF NEW.level = 'PROVINCE' AND NOT (NEW.code ~ '^[1-9][0-9]0000$' AND NEW.parent_code IS NULL) THEN
          RAISE EXCEPTION 'region % : a province code is NN0000 and has no parent', NEW.code USING ERRCODE = 'check_violation';
        ELSIF NEW.level = 'PREFECTURE' AND NOT (NEW.code ~ '^[0-9]{4}00$' AND parent_level = 'PROVINCE' AND left(NEW.code, 2) = left(NEW.parent_code, 2)) THEN
          RAISE EXCEPTION 'region % : a prefecture code is NNNN00 under its province', NEW.code USING ERRCODE = 'check_violation';
        ELSIF NEW.level = 'COUNTY' AND NOT (NEW.code ~ '^[0-9]{6}$' AND right(NEW.code, 2) <> '00' AND parent_level IN ('PREFECTURE', 'PROVINCE')
              AND left(NEW.code, CASE parent_level WHEN 'PREFECTURE' THEN 4 ELSE 2 END) = left(NEW.parent_code, CASE parent_level WHEN 'PREFECTURE' THEN 4 ELSE 2 END)) THEN
          RAISE EXCEPTION 'region % : a county code is 6 digits under its prefecture', NEW.code USING ERRCODE = 'check_violation';
        ELSIF NEW.level = 'TOWNSHIP' AND NOT (NEW.code ~ '^[0-9]{12}$' AND parent_level = 'COUNTY' AND left(NEW.code, 6) = NEW.parent_code) THEN
          RAISE EXCEPTION 'region % : a township code is 12 digits starting with its county code', NEW.code USING ERRCODE = 'check_violation';
        ELSIF NEW.level = 'VILLAGE' AND NOT (NEW.code ~ '^[0-9]{12}$' AND parent_level = 'TOWNSHIP' AND left(NEW.code, 9) = left(NEW.parent_code, 9)) THEN
          RAISE EXCEPTION 'region % : a village code is 12 digits starting with its township''s first 9', NEW.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE INDEX region_code_prefix_idx ON org.region (code text_pattern_ops)`);
    await q.query(`CREATE INDEX org_unit_region_idx ON org.org_unit (region_code)`);
    await q.query(
      `CREATE TRIGGER region_code_check BEFORE INSERT OR UPDATE ON org.region FOR EACH ROW EXECUTE FUNCTION org.check_region_code()`,
    );

    await q.query(
      `CREATE OR REPLACE VIEW org.unit_tree AS SELECT id, parent_id, path, depth, level, code, name, closed_on FROM org.org_unit`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW org.unit_tree`);
    await q.query(`CREATE VIEW org.unit_tree AS SELECT id, parent_id, path, depth, level, code, name FROM org.org_unit`);
    await q.query(`DROP TRIGGER region_code_check ON org.region`);
    await q.query(`DROP INDEX org.region_code_prefix_idx`);
    await q.query(`DROP INDEX org.org_unit_region_idx`);
    await q.query(`DROP FUNCTION org.check_region_code()`);
    await q.query(`DROP TABLE org.venue`);
    await q.query(`ALTER TABLE org.org_unit ADD COLUMN is_pilot boolean NOT NULL DEFAULT false`);
    await q.query(
      `UPDATE org.org_unit u SET is_pilot = true FROM org.designation d WHERE d.org_unit_id = u.id AND d.kind = 'PILOT' AND d.revoked_on IS NULL`,
    );
    await q.query(`DROP TABLE org.designation`);
    await q.query(`
      ALTER TABLE org.org_unit DROP COLUMN department, DROP COLUMN latitude, DROP COLUMN longitude,
        DROP COLUMN contact_name, DROP COLUMN contact_title, DROP COLUMN contact_phone,
        DROP CONSTRAINT org_unit_closed_after_established`);
  }
}
