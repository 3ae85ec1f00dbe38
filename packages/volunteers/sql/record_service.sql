-- volunteers.record_service(...): records hours of service witnessed by staff, approved at once,
-- under the volunteer's row lock. Called by volunteers.record_service_in_scope, after its scope check.
-- Never raises for a refusal; it answers (outcome, id):
--   RECORDED      id = the new record; its hours are added to the volunteer's total
--   REPEATED      id = the record that already holds the idempotency key, for the same volunteer
--   KEY_CONFLICT  id = that record, which belongs to another volunteer
--   NO_VOLUNTEER  the volunteer does not exist (deleted since the caller looked it up)
--   NO_TEAM       the team does not exist
--   OVERLAP       id = a record of the volunteer the new one would overlap
-- Each statement after the lock runs with a fresh snapshot, so it sees what the previous holder of
-- the lock committed.
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
    -- service_record is partitioned by year: the key table holds the keys of all years.
    SELECT r.id, r.volunteer_id INTO found_id, found_volunteer
      FROM volunteers.service_record_key k JOIN volunteers.service_record r ON r.id = k.id
      WHERE k.idempotency_key = p_idempotency_key;
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
END $$;
