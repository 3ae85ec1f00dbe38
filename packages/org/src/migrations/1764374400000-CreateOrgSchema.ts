import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrgSchema1764374400000 implements MigrationInterface {
  name = 'CreateOrgSchema1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "org"."seed_runs" (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE org.region (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$' OR code ~ '^[0-9]{12}$'),
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('PROVINCE','PREFECTURE','COUNTY','TOWNSHIP','VILLAGE')),
        parent_code text REFERENCES org.region(code)
      )`);
    await q.query(`CREATE INDEX region_parent_idx ON org.region (parent_code)`);
    await q.query(`
      CREATE TABLE org.org_unit (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        level text NOT NULL CHECK (level IN ('CENTER','SUB_CENTER','INSTITUTE','STATION','POINT')),
        parent_id int REFERENCES org.org_unit(id),
        path text NOT NULL,
        depth int NOT NULL,
        region_code text REFERENCES org.region(code),
        is_pilot boolean NOT NULL DEFAULT false,
        established_on date,
        closed_on date,
        address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org.org_unit (parent_id)`);
    await q.query(`CREATE INDEX org_unit_path_idx ON org.org_unit (path text_pattern_ops)`);
    await q.query(`CREATE INDEX org_unit_level_idx ON org.org_unit (level, id)`);
    // The path is derived from the parent's on insert, so no writer can get it wrong.
    await q.query(`
      CREATE FUNCTION org.set_unit_path() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_path text; parent_depth int;
      BEGIN
        IF NEW.parent_id IS NULL THEN
          NEW.path := '/' || NEW.id || '/'; NEW.depth := 0;
        ELSE
          SELECT path, depth INTO parent_path, parent_depth FROM org.org_unit WHERE id = NEW.parent_id;
          NEW.path := parent_path || NEW.id || '/'; NEW.depth := parent_depth + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER org_unit_path BEFORE INSERT ON org.org_unit FOR EACH ROW EXECUTE FUNCTION org.set_unit_path()`);
    // Published read model for the other subgraphs' subtree figures and scope checks.
    await q.query(`CREATE VIEW org.unit_tree AS SELECT id, parent_id, path, depth, level, code, name FROM org.org_unit`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW org.unit_tree`);
    await q.query(`DROP TABLE org.org_unit`);
    await q.query(`DROP FUNCTION org.set_unit_path()`);
    await q.query(`DROP TABLE org.region`);
    await q.query(`DROP TABLE org.seed_runs`);
  }
}
