import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNameSearch, dropNameSearch, installNameSearch, uninstallNameSearch, type SearchableName } from '@civic/subgraph-kit';

const SEARCHABLE: SearchableName[] = [
  { schema: 'volunteers', table: 'volunteer', column: 'name' },
  { schema: 'volunteers', table: 'volunteer_team', column: 'name' },
  { schema: 'volunteers', table: 'activity', column: 'title' },
  { schema: 'volunteers', table: 'brand_project', column: 'name' },
];

const EDITED_TABLES = ['volunteer', 'volunteer_team', 'brand_project', 'service_record'];

/**
 * Issue #19 (daily work): every edited row counts its edits (`version`, checked against the version
 * the editor read); volunteers can be deregistered and reactivated, teams dissolved, brand projects
 * retired, service records voided (status VOIDED, with who, when and why; never deleted); names of
 * volunteers, teams, activities and brand projects are searchable by Chinese and pinyin.
 *
 * The roll-up counts only volunteers not deregistered and teams not dissolved (their hours stay:
 * the service was done), and the no-overlap rule leaves voided records aside and can leave out the
 * record being corrected. Current bodies: sql/unit_rollup.sql, sql/overlapping_service_record.sql.
 */
export class VolunteersDailyWork1764375100000 implements MigrationInterface {
  name = 'VolunteersDailyWork1764375100000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of EDITED_TABLES) await q.query(`ALTER TABLE volunteers.${table} ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE volunteers.volunteer ADD COLUMN deregistered_at timestamptz, ADD COLUMN deregistration_reason text`);
    await q.query(`ALTER TABLE volunteers.volunteer_team ADD COLUMN dissolved_at timestamptz, ADD COLUMN dissolution_reason text`);
    await q.query(`ALTER TABLE volunteers.brand_project ADD COLUMN retired_at timestamptz`);
    await q.query(`ALTER TABLE volunteers.service_record DROP CONSTRAINT service_record_status_check`);
    await q.query(`
      ALTER TABLE volunteers.service_record
        ADD CONSTRAINT service_record_status_check CHECK (status IN ('PENDING','APPROVED','REJECTED','VOIDED')),
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN voided_by text,
        ADD COLUMN void_reason text,
        ADD CONSTRAINT service_record_void_check CHECK ((status = 'VOIDED') = (voided_at IS NOT NULL))`);
    await q.query(`CREATE INDEX service_record_started_all_idx ON volunteers.service_record (started_at, id)`);

    await installNameSearch(q, 'volunteers');
    for (const name of SEARCHABLE) await addNameSearch(q, name);

    await q.query(`DROP FUNCTION volunteers.overlapping_service_record(int, timestamptz, timestamptz)`);
    await q.query(`
      CREATE FUNCTION volunteers.overlapping_service_record(p_volunteer_id int, p_started_at timestamptz, p_ended_at timestamptz, p_except_id int DEFAULT NULL)
      RETURNS int LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT r.id FROM volunteers.service_record r
                WHERE r.volunteer_id = p_volunteer_id AND r.status NOT IN ('REJECTED', 'VOIDED')
                  AND r.started_at < p_ended_at AND r.ended_at > p_started_at AND r.id IS DISTINCT FROM p_except_id
                LIMIT 1);
      END $$`);
    await q.query(rollUpVolunteers((sign) => `CASE WHEN deregistered_at IS NULL THEN ${sign} ELSE 0 END`));
    await q.query(rollUpTeams((sign) => `CASE WHEN dissolved_at IS NULL THEN ${sign} ELSE 0 END`));
    await q.query(rebuild('WHERE deregistered_at IS NULL', 'WHERE dissolved_at IS NULL'));
    await q.query(`SELECT volunteers.rebuild_unit_rollup()`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Voided records go back to the closest earlier state: kept and never counted.
    await q.query(
      `UPDATE volunteers.service_record SET status = 'REJECTED', review_note = coalesce(void_reason, review_note) WHERE status = 'VOIDED'`,
    );
    await q.query(rollUpVolunteers((sign) => String(sign)));
    await q.query(rollUpTeams((sign) => String(sign)));
    await q.query(rebuild('', ''));
    await q.query(`DROP FUNCTION volunteers.overlapping_service_record(int, timestamptz, timestamptz, int)`);
    // overlapping_service_record as migration 1764374599000 created it.
    await q.query(`
      CREATE FUNCTION volunteers.overlapping_service_record(p_volunteer_id int, p_started_at timestamptz, p_ended_at timestamptz)
      RETURNS int LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT r.id FROM volunteers.service_record r
                WHERE r.volunteer_id = p_volunteer_id AND r.status <> 'REJECTED' AND r.started_at < p_ended_at AND r.ended_at > p_started_at
                LIMIT 1);
      END $$`);

    for (const name of [...SEARCHABLE].reverse()) await dropNameSearch(q, name);
    await uninstallNameSearch(q, 'volunteers');

    await q.query(`DROP INDEX volunteers.service_record_started_all_idx`);
    await q.query(`
      ALTER TABLE volunteers.service_record
        DROP CONSTRAINT service_record_void_check,
        DROP CONSTRAINT service_record_status_check,
        DROP COLUMN voided_at, DROP COLUMN voided_by, DROP COLUMN void_reason`);
    await q.query(
      `ALTER TABLE volunteers.service_record ADD CONSTRAINT service_record_status_check CHECK (status IN ('PENDING','APPROVED','REJECTED'))`,
    );
    await q.query(`ALTER TABLE volunteers.brand_project DROP COLUMN retired_at`);
    await q.query(`ALTER TABLE volunteers.volunteer_team DROP COLUMN dissolved_at, DROP COLUMN dissolution_reason`);
    await q.query(`ALTER TABLE volunteers.volunteer DROP COLUMN deregistered_at, DROP COLUMN deregistration_reason`);
    for (const table of EDITED_TABLES) await q.query(`ALTER TABLE volunteers.${table} DROP COLUMN version`);
    await q.query(`SELECT volunteers.rebuild_unit_rollup()`);
  }
}

type Counted = (sign: 1 | -1) => string;

/** The body of a statement-level roll-up trigger: one aggregated upsert of the statement's net change per unit. */
function upsert(changes: (rows: 'new_rows' | 'old_rows', sign: 1 | -1) => string): string {
  const statement = (source: string) => `
      INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, volunteer_count, service_hours, team_count)
      SELECT d.unit_id, pg_backend_pid() % 8, sum(d.volunteer_count), sum(d.service_hours), sum(d.team_count)
      FROM (${source}) d
      GROUP BY unit_id
      HAVING sum(d.volunteer_count) <> 0 OR sum(d.service_hours) <> 0 OR sum(d.team_count) <> 0
      ORDER BY unit_id
      ON CONFLICT (unit_id, stripe) DO UPDATE SET volunteer_count = r.volunteer_count + EXCLUDED.volunteer_count,
        service_hours = r.service_hours + EXCLUDED.service_hours, team_count = r.team_count + EXCLUDED.team_count;`;
  return `
      IF TG_OP = 'INSERT' THEN ${statement(changes('new_rows', 1))}
      ELSIF TG_OP = 'DELETE' THEN ${statement(changes('old_rows', -1))}
      ELSE ${statement(`${changes('new_rows', 1)} UNION ALL ${changes('old_rows', -1)}`)}
      END IF;
      RETURN NULL;`;
}

/** `counted`: SQL of how a source row counts towards the unit's volunteers (or teams), given its sign. */
function rollUpVolunteers(counted: Counted): string {
  const body = upsert(
    (rows, sign) =>
      `SELECT home_unit_id AS unit_id, ${counted(sign)} AS volunteer_count, ${sign} * total_service_hours AS service_hours, 0 AS team_count FROM ${rows} WHERE home_unit_id IS NOT NULL`,
  );
  return `CREATE OR REPLACE FUNCTION volunteers.roll_up_volunteers() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`;
}

function rollUpTeams(counted: Counted): string {
  const body = upsert(
    (rows, sign) => `SELECT org_unit_id AS unit_id, 0 AS volunteer_count, 0 AS service_hours, ${counted(sign)} AS team_count FROM ${rows}`,
  );
  return `CREATE OR REPLACE FUNCTION volunteers.roll_up_teams() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`;
}

function rebuild(countedVolunteers: string, countedTeams: string): string {
  return `
    CREATE OR REPLACE FUNCTION volunteers.rebuild_unit_rollup() RETURNS void LANGUAGE sql AS $$
      DELETE FROM volunteers.unit_rollup;
      INSERT INTO volunteers.unit_rollup (unit_id, volunteer_count, service_hours, team_count)
      SELECT unit_id, sum(people), sum(hours), sum(teams)
      FROM (
        SELECT home_unit_id AS unit_id, count(*) ${countedVolunteers ? `FILTER (${countedVolunteers})` : ''} AS people, sum(total_service_hours) AS hours, 0 AS teams
        FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL GROUP BY home_unit_id
        UNION ALL
        SELECT org_unit_id, 0, 0, count(*) ${countedTeams ? `FILTER (${countedTeams})` : ''} FROM volunteers.volunteer_team GROUP BY org_unit_id
      ) d
      GROUP BY unit_id;
    $$`;
}
