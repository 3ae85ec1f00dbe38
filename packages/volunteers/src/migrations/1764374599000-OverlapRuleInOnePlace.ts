import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rule that a volunteer's service records must not overlap (rejected ones aside) was written
 * twice: in `volunteers.record_service` (for `recordService`) and in the TypeScript of an activity's
 * check-out. It now lives in `volunteers.overlapping_service_record`, which both call. PL/pgSQL, so
 * each backend plans its statement once (a SQL function with a FROM clause is planned on every call).
 * `record_service` is otherwise unchanged (migration 1764374595000). Their current definitions are
 * in sql/overlapping_service_record.sql and sql/record_service.sql.
 */
export class OverlapRuleInOnePlace1764374599000 implements MigrationInterface {
  name = 'OverlapRuleInOnePlace1764374599000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION volunteers.overlapping_service_record(p_volunteer_id int, p_started_at timestamptz, p_ended_at timestamptz)
      RETURNS int LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT r.id FROM volunteers.service_record r
                WHERE r.volunteer_id = p_volunteer_id AND r.status <> 'REJECTED' AND r.started_at < p_ended_at AND r.ended_at > p_started_at
                LIMIT 1);
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION volunteers.record_service(
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
        found_id := volunteers.overlapping_service_record(p_volunteer_id, p_started_at, p_ended_at);
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
    // record_service as migration 1764374595000 created it.
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
    await q.query(`DROP FUNCTION volunteers.overlapping_service_record(int, timestamptz, timestamptz)`);
  }
}
