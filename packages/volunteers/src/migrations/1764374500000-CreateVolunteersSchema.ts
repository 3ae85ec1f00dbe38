import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteers, teams and service records. Org units are referenced by id only (they live in the
 * org subgraph's schema); `total_service_hours` is the sum of approved records, kept in the same
 * transaction as every approval so reads never add up millions of rows.
 */
export class CreateVolunteersSchema1764374500000 implements MigrationInterface {
  name = 'CreateVolunteersSchema1764374500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "volunteers"."seed_runs" (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE volunteers.volunteer (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        phone text,
        home_unit_id int,
        registered_at timestamptz NOT NULL DEFAULT now(),
        total_service_hours numeric(12,2) NOT NULL DEFAULT 0 CHECK (total_service_hours >= 0)
      )`);
    await q.query(`CREATE INDEX volunteer_home_unit_idx ON volunteers.volunteer (home_unit_id)`);
    await q.query(`
      CREATE TABLE volunteers.volunteer_team (
        id serial PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('COUNTY','TOWNSHIP','VILLAGE')),
        theme text NOT NULL,
        org_unit_id int NOT NULL
      )`);
    await q.query(`CREATE INDEX volunteer_team_org_unit_idx ON volunteers.volunteer_team (org_unit_id)`);
    await q.query(`
      CREATE TABLE volunteers.service_record (
        id serial PRIMARY KEY,
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        team_id int REFERENCES volunteers.volunteer_team(id),
        started_at timestamptz NOT NULL,
        ended_at timestamptz NOT NULL,
        hours numeric(5,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
        description text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ended_at > started_at)
      )`);
    await q.query(`CREATE INDEX service_record_volunteer_idx ON volunteers.service_record (volunteer_id, started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE volunteers.service_record`);
    await q.query(`DROP TABLE volunteers.volunteer_team`);
    await q.query(`DROP TABLE volunteers.volunteer`);
    await q.query(`DROP TABLE volunteers.seed_runs`);
  }
}
