-- volunteers.record_service_in_scope(p_scope_code, ...): recordService's one statement (called from
-- src/service-record/mutations/record-service.ts, in named notation). p_scope_code is the code of
-- the unit whose subtree confines the caller, NULL for an unconfined caller. It locks the
-- volunteer's row, answers OUT_OF_SCOPE (id = the home unit) when the home unit lies outside that
-- subtree or NO_UNIT when it is not in the tree, and otherwise hands over to volunteers.record_service
-- in the same transaction and under the same lock (its outcomes are this function's too). The
-- subtree test is the one unitScopeLoader uses, over the org subgraph's published org.unit_tree.
CREATE OR REPLACE FUNCTION volunteers.record_service_in_scope(
  p_scope_code text, p_volunteer_id int, p_team_id int, p_campaign_event_id int, p_started_at timestamptz,
  p_ended_at timestamptz, p_hours numeric, p_description text, p_idempotency_key text, p_recorded_by text,
  p_recorded_at timestamptz)
RETURNS TABLE (outcome text, id int) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  home_unit int;
  in_scope boolean;
BEGIN
  IF p_scope_code IS NOT NULL THEN
    SELECT v.home_unit_id INTO home_unit FROM volunteers.volunteer v WHERE v.id = p_volunteer_id FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'NO_VOLUNTEER'::text, NULL::int;
      RETURN;
    END IF;
    SELECT coalesce(t.path LIKE s.path || '%', false) INTO in_scope
    FROM org.unit_tree t LEFT JOIN org.unit_tree s ON s.code = p_scope_code
    WHERE t.id = home_unit;
    IF in_scope IS NULL THEN
      RETURN QUERY SELECT 'NO_UNIT'::text, home_unit;
      RETURN;
    ELSIF NOT in_scope THEN
      RETURN QUERY SELECT 'OUT_OF_SCOPE'::text, home_unit;
      RETURN;
    END IF;
  END IF;
  RETURN QUERY SELECT * FROM volunteers.record_service(
    p_volunteer_id => p_volunteer_id, p_team_id => p_team_id, p_campaign_event_id => p_campaign_event_id,
    p_started_at => p_started_at, p_ended_at => p_ended_at, p_hours => p_hours, p_description => p_description,
    p_idempotency_key => p_idempotency_key, p_recorded_by => p_recorded_by, p_recorded_at => p_recorded_at);
END $$;
