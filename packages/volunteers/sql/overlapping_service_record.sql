-- volunteers.overlapping_service_record(volunteer, started, ended, except): the id of one of the
-- volunteer's service records, rejected and voided ones aside, whose time overlaps [started, ended);
-- NULL when none does. `except` leaves out one record (the one being corrected).
-- The one place the no-overlap rule is written. Called by volunteers.record_service (recordService),
-- by an activity's check-out and by correctServiceRecord (assertNoOverlap in
-- src/service-record/mutations/service-hours.ts).
-- PL/pgSQL, so each backend plans the statement once (a SQL function with a FROM clause is planned
-- on every call).
CREATE OR REPLACE FUNCTION volunteers.overlapping_service_record(p_volunteer_id int, p_started_at timestamptz, p_ended_at timestamptz, p_except_id int DEFAULT NULL)
RETURNS int LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT r.id FROM volunteers.service_record r
          WHERE r.volunteer_id = p_volunteer_id AND r.status NOT IN ('REJECTED', 'VOIDED')
            AND r.started_at < p_ended_at AND r.ended_at > p_started_at AND r.id IS DISTINCT FROM p_except_id
          LIMIT 1);
END $$;
