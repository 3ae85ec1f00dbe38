import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #8 (benchmark): `recordService` in one round trip instead of eight. The function locks the
 * volunteer's row, then (each statement with a fresh snapshot, so it sees what a writer that held
 * the lock before committed) looks for the idempotency key, the team and an overlapping record,
 * and only when all is well inserts the approved record and adds its hours to the total. It never
 * raises for a refusal: it answers with an outcome the caller turns into the GraphQL error. Its
 * current definition is sql/record_service.sql.
 *
 *   RECORDED         id = the new record
 *   REPEATED         id = the record that already holds the key, for the same volunteer
 *   KEY_CONFLICT     id = that record, which belongs to another volunteer
 *   NO_VOLUNTEER     (deleted since the caller looked it up)
 *   NO_TEAM
 *   OVERLAP          id = the record the new one would overlap
 */
export class RecordServiceFunction1764374595000 implements MigrationInterface {
  name = 'RecordServiceFunction1764374595000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION volunteers.record_service(
        p_volunteer_id int, p_team_id int, p_campaign_event_id int, p_started_at timestamptz, p_ended_at timestamptz,
        p_hours numeric, p_description text, p_idempotency_key text, p_recorded_by text, p_recorded_at timestamptz)
      RETURNS TABLE (outcome text, id int) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        found_id int;
        found_volunteer int;
      BEGIN
        PERFORM 1 FROM volunteers.volunteer v WHERE v.id = p_volunteer_id FOR UPDATE;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NO_VOLUNTEER'::text, NULL::int;
          RETURN;
        END IF;
        IF p_idempotency_key IS NOT NULL THEN
          SELECT r.id, r.volunteer_id INTO found_id, found_volunteer FROM volunteers.service_record r WHERE r.idempotency_key = p_idempotency_key;
          IF found_id IS NOT NULL THEN
            RETURN QUERY SELECT CASE WHEN found_volunteer = p_volunteer_id THEN 'REPEATED' ELSE 'KEY_CONFLICT' END, found_id;
            RETURN;
          END IF;
        END IF;
        IF p_team_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM volunteers.volunteer_team t WHERE t.id = p_team_id) THEN
          RETURN QUERY SELECT 'NO_TEAM'::text, NULL::int;
          RETURN;
        END IF;
        SELECT r.id INTO found_id FROM volunteers.service_record r
        WHERE r.volunteer_id = p_volunteer_id AND r.status <> 'REJECTED' AND r.started_at < p_ended_at AND r.ended_at > p_started_at
        LIMIT 1;
        IF found_id IS NOT NULL THEN
          RETURN QUERY SELECT 'OVERLAP'::text, found_id;
          RETURN;
        END IF;
        INSERT INTO volunteers.service_record
          (volunteer_id, team_id, campaign_event_id, started_at, ended_at, hours, description, idempotency_key,
           status, recorded_by, reviewed_by, reviewed_at, created_at)
        VALUES (p_volunteer_id, p_team_id, p_campaign_event_id, p_started_at, p_ended_at, p_hours, p_description, p_idempotency_key,
                'APPROVED', p_recorded_by, p_recorded_by, p_recorded_at, p_recorded_at)
        RETURNING service_record.id INTO found_id;
        UPDATE volunteers.volunteer v SET total_service_hours = v.total_service_hours + p_hours WHERE v.id = p_volunteer_id;
        RETURN QUERY SELECT 'RECORDED'::text, found_id;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION volunteers.record_service(int, int, int, timestamptz, timestamptz, numeric, text, text, text, timestamptz)`,
    );
  }
}
