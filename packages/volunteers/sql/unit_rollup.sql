-- The functions keeping volunteers.unit_rollup: per org unit, the volunteers registered there and
-- not deregistered, the sum of the approved hours of all registered there (deregistered ones too:
-- their service was done) and the teams based there and not dissolved, split over 8 stripes per unit (chosen by
-- the writing backend, so concurrent writers for one busy unit do not queue on one row lock).
--
-- volunteers.roll_up_volunteers() and volunteers.roll_up_teams(): statement-level triggers on
-- volunteers.volunteer and volunteers.volunteer_team (created by migration UnitVolunteerRollup) with
-- transition tables. Each adds its statement's net change per unit in one aggregated upsert, in unit
-- order (concurrent writers lock roll-up rows in one order), and touches no row when no counted
-- column changed. Counters have no CHECK: PostgreSQL checks the row an upsert proposes (a negative
-- change) before it finds the conflict that turns it into an update.
--
-- volunteers.rebuild_unit_rollup(): recomputes the table from scratch, all in stripe 0; for bulk
-- loads that bypass the triggers (the scale seeder in apps/bench calls it).

CREATE OR REPLACE FUNCTION volunteers.roll_up_volunteers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, volunteer_count, service_hours, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.volunteer_count), sum(d.service_hours), sum(d.team_count)
    FROM (SELECT home_unit_id AS unit_id, CASE WHEN deregistered_at IS NULL THEN 1 ELSE 0 END AS volunteer_count, total_service_hours AS service_hours, 0 AS team_count
          FROM new_rows WHERE home_unit_id IS NOT NULL) d
    GROUP BY unit_id
    HAVING sum(d.volunteer_count) <> 0 OR sum(d.service_hours) <> 0 OR sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET volunteer_count = r.volunteer_count + EXCLUDED.volunteer_count,
      service_hours = r.service_hours + EXCLUDED.service_hours, team_count = r.team_count + EXCLUDED.team_count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, volunteer_count, service_hours, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.volunteer_count), sum(d.service_hours), sum(d.team_count)
    FROM (SELECT home_unit_id AS unit_id, CASE WHEN deregistered_at IS NULL THEN -1 ELSE 0 END AS volunteer_count, -total_service_hours AS service_hours, 0 AS team_count
          FROM old_rows WHERE home_unit_id IS NOT NULL) d
    GROUP BY unit_id
    HAVING sum(d.volunteer_count) <> 0 OR sum(d.service_hours) <> 0 OR sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET volunteer_count = r.volunteer_count + EXCLUDED.volunteer_count,
      service_hours = r.service_hours + EXCLUDED.service_hours, team_count = r.team_count + EXCLUDED.team_count;
  ELSE
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, volunteer_count, service_hours, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.volunteer_count), sum(d.service_hours), sum(d.team_count)
    FROM (SELECT home_unit_id AS unit_id, CASE WHEN deregistered_at IS NULL THEN 1 ELSE 0 END AS volunteer_count, total_service_hours AS service_hours, 0 AS team_count
          FROM new_rows WHERE home_unit_id IS NOT NULL
          UNION ALL
          SELECT home_unit_id AS unit_id, CASE WHEN deregistered_at IS NULL THEN -1 ELSE 0 END AS volunteer_count, -total_service_hours AS service_hours, 0 AS team_count
          FROM old_rows WHERE home_unit_id IS NOT NULL) d
    GROUP BY unit_id
    HAVING sum(d.volunteer_count) <> 0 OR sum(d.service_hours) <> 0 OR sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET volunteer_count = r.volunteer_count + EXCLUDED.volunteer_count,
      service_hours = r.service_hours + EXCLUDED.service_hours, team_count = r.team_count + EXCLUDED.team_count;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION volunteers.roll_up_teams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.team_count)
    FROM (SELECT org_unit_id AS unit_id, CASE WHEN dissolved_at IS NULL THEN 1 ELSE 0 END AS team_count FROM new_rows) d
    GROUP BY unit_id
    HAVING sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET team_count = r.team_count + EXCLUDED.team_count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.team_count)
    FROM (SELECT org_unit_id AS unit_id, CASE WHEN dissolved_at IS NULL THEN -1 ELSE 0 END AS team_count FROM old_rows) d
    GROUP BY unit_id
    HAVING sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET team_count = r.team_count + EXCLUDED.team_count;
  ELSE
    INSERT INTO volunteers.unit_rollup AS r (unit_id, stripe, team_count)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.team_count)
    FROM (SELECT org_unit_id AS unit_id, CASE WHEN dissolved_at IS NULL THEN 1 ELSE 0 END AS team_count FROM new_rows
          UNION ALL
          SELECT org_unit_id AS unit_id, CASE WHEN dissolved_at IS NULL THEN -1 ELSE 0 END AS team_count FROM old_rows) d
    GROUP BY unit_id
    HAVING sum(d.team_count) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET team_count = r.team_count + EXCLUDED.team_count;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION volunteers.rebuild_unit_rollup() RETURNS void LANGUAGE sql AS $$
  DELETE FROM volunteers.unit_rollup;
  INSERT INTO volunteers.unit_rollup (unit_id, volunteer_count, service_hours, team_count)
  SELECT unit_id, sum(people), sum(hours), sum(teams)
  FROM (
    SELECT home_unit_id AS unit_id, count(*) FILTER (WHERE deregistered_at IS NULL) AS people, sum(total_service_hours) AS hours, 0 AS teams
    FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL GROUP BY home_unit_id
    UNION ALL
    SELECT org_unit_id, 0, 0, count(*) FILTER (WHERE dissolved_at IS NULL) FROM volunteers.volunteer_team GROUP BY org_unit_id
  ) d
  GROUP BY unit_id;
$$;
