import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21: special-period mobilisation (应急动员) of the volunteer force, the "红马甲" the Huidong
 * report sees everywhere in epidemic control, forest and grassland fire prevention and flood
 * prevention. A mobilisation has a calling unit, an area of one or more units, a period (ends_on
 * null while ongoing), the teams and the volunteers called up, and the service records counted
 * toward it (each record toward at most one mobilisation).
 */
export class SpecialPeriodMobilisation1764376010000 implements MigrationInterface {
  name = 'SpecialPeriodMobilisation1764376010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteers.mobilisation (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('EPIDEMIC_CONTROL','FOREST_FIRE_PREVENTION','FLOOD_PREVENTION','OTHER')),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        calling_unit_id int NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX mobilisation_calling_unit_idx ON volunteers.mobilisation (calling_unit_id)`);
    await q.query(`CREATE INDEX mobilisation_starts_on_idx ON volunteers.mobilisation (starts_on, id)`);
    await q.query(`
      CREATE TABLE volunteers.mobilisation_area (
        mobilisation_id int NOT NULL REFERENCES volunteers.mobilisation(id),
        org_unit_id int NOT NULL,
        PRIMARY KEY (mobilisation_id, org_unit_id)
      )`);
    await q.query(`CREATE INDEX mobilisation_area_unit_idx ON volunteers.mobilisation_area (org_unit_id)`);
    await q.query(`
      CREATE TABLE volunteers.mobilisation_team (
        mobilisation_id int NOT NULL REFERENCES volunteers.mobilisation(id),
        team_id int NOT NULL REFERENCES volunteers.volunteer_team(id),
        called_up_on date NOT NULL,
        PRIMARY KEY (mobilisation_id, team_id)
      )`);
    await q.query(`CREATE INDEX mobilisation_team_team_idx ON volunteers.mobilisation_team (team_id)`);
    await q.query(`
      CREATE TABLE volunteers.mobilisation_volunteer (
        mobilisation_id int NOT NULL REFERENCES volunteers.mobilisation(id),
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        called_up_on date NOT NULL,
        PRIMARY KEY (mobilisation_id, volunteer_id)
      )`);
    await q.query(`CREATE INDEX mobilisation_volunteer_volunteer_idx ON volunteers.mobilisation_volunteer (volunteer_id)`);
    await q.query(`
      CREATE TABLE volunteers.mobilisation_service (
        service_record_id int PRIMARY KEY REFERENCES volunteers.service_record(id),
        mobilisation_id int NOT NULL REFERENCES volunteers.mobilisation(id),
        counted_by text NOT NULL,
        counted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX mobilisation_service_mobilisation_idx ON volunteers.mobilisation_service (mobilisation_id, service_record_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['mobilisation_service', 'mobilisation_volunteer', 'mobilisation_team', 'mobilisation_area', 'mobilisation'])
      await q.query(`DROP TABLE volunteers.${table}`);
  }
}
