-- The points ledger (积分台账): volunteers.points_entry, append-only, and each volunteer's running
-- balance in volunteers.points_account, kept in the same statement as every entry.
--
-- volunteers.points_rule_of(unit) / volunteers.points_rate_of(unit): the unit (itself or its nearest
-- ancestor, by the path of the org subgraph's published org.unit_tree) whose rule in
-- volunteers.points_rate applies, and the points per hour it sets; 10 (Qufu's 积分制) where no
-- unit on the way up set one. The one place the default and the nearest-rule rule are written.
--
-- volunteers.book_service_points(): statement-level trigger on volunteers.service_record (created by
-- migration PointsAndExchange) with transition tables, so every writer of service records books
-- their points in its own transaction: recordService's SQL function, review, correction, void,
-- an activity's check-out, the demo seed. Per record, the change in approved hours:
--   became APPROVED        EARNED    rate now in force at the volunteer's home unit × hours
--   APPROVED, hours moved  ADJUSTED  at the rate the record earned at (its EARNED entry)
--   no longer APPROVED     REVERSED  minus every point the record booked so far
-- booked at the volunteer's home unit; records whose approved hours did not change book nothing.
--
-- volunteers.move_points_accounts(): statement-level trigger on volunteers.points_entry: one
-- aggregated upsert of the statement's net change per volunteer, in volunteer order.
-- volunteers.refuse_points_entry_change(): refuses UPDATE and DELETE of entries (a correction is a new
-- entry), except inside volunteers.rebuild_points_ledger().
--
-- volunteers.rebuild_points_ledger(): for bulk loads that bypass triggers (the scale seeder in
-- apps/bench): replaces the service entries with one EARNED entry per approved record at the rules
-- in force now, keeps bonuses and redemptions, and recomputes every account from the ledger.

CREATE OR REPLACE FUNCTION volunteers.points_rule_of(p_unit_id int) RETURNS int LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT pr.unit_id FROM org.unit_tree t JOIN volunteers.points_rate pr ON position('/' || pr.unit_id || '/' IN t.path) > 0
          WHERE t.id = p_unit_id
          ORDER BY position('/' || pr.unit_id || '/' IN t.path) DESC
          LIMIT 1);
END $$;

CREATE OR REPLACE FUNCTION volunteers.points_rate_of(p_unit_id int) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN coalesce((SELECT pr.points_per_hour FROM volunteers.points_rate pr WHERE pr.unit_id = volunteers.points_rule_of(p_unit_id)), 10);
END $$;

CREATE OR REPLACE FUNCTION volunteers.book_service_points() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH approved AS (
      SELECT n.id, n.volunteer_id, n.hours, n.reviewed_by, coalesce(n.reviewed_at, n.created_at, now()) AS booked_at, v.home_unit_id
      FROM new_rows n JOIN volunteers.volunteer v ON v.id = n.volunteer_id
      WHERE n.status = 'APPROVED'
    ), rates AS MATERIALIZED (
      SELECT h.unit_id, volunteers.points_rate_of(h.unit_id) AS rate FROM (SELECT DISTINCT coalesce(home_unit_id, 0) AS unit_id FROM approved) h
    )
    INSERT INTO volunteers.points_entry (volunteer_id, kind, points, rate, unit_id, service_record_id, recorded_by, booked_at)
    SELECT a.volunteer_id, 'EARNED', round(r.rate * a.hours, 2), r.rate, a.home_unit_id, a.id, a.reviewed_by, a.booked_at
    FROM approved a JOIN rates r ON r.unit_id = coalesce(a.home_unit_id, 0)
    WHERE round(r.rate * a.hours, 2) <> 0
    ORDER BY a.volunteer_id, a.id;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (
      SELECT n.id, n.volunteer_id, o.status = 'APPROVED' AS was, n.status = 'APPROVED' AS approved, o.hours AS old_hours, n.hours AS new_hours,
             n.reviewed_by, n.reviewed_at, n.voided_by, n.voided_at, v.home_unit_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN volunteers.volunteer v ON v.id = n.volunteer_id
      WHERE (o.status = 'APPROVED') <> (n.status = 'APPROVED') OR (n.status = 'APPROVED' AND n.hours <> o.hours)
    ), booked AS (
      SELECT e.service_record_id AS id, sum(e.points) AS net, (array_agg(e.rate ORDER BY e.id DESC) FILTER (WHERE e.kind = 'EARNED'))[1] AS rate
      FROM volunteers.points_entry e
      WHERE e.service_record_id IN (SELECT c.id FROM changed c WHERE c.was)
      GROUP BY e.service_record_id
    ), rates AS MATERIALIZED (
      SELECT h.unit_id, volunteers.points_rate_of(h.unit_id) AS rate FROM (SELECT DISTINCT coalesce(home_unit_id, 0) AS unit_id FROM changed) h
    ), entries AS (
      SELECT c.id, c.volunteer_id, c.home_unit_id,
             CASE WHEN NOT c.was THEN 'EARNED' WHEN c.approved THEN 'ADJUSTED' ELSE 'REVERSED' END AS kind,
             CASE WHEN NOT c.was THEN round(r.rate * c.new_hours, 2)
                  WHEN c.approved THEN round(coalesce(b.rate, r.rate) * c.new_hours, 2) - round(coalesce(b.rate, r.rate) * c.old_hours, 2)
                  ELSE -coalesce(b.net, 0) END AS points,
             CASE WHEN NOT c.was THEN r.rate WHEN c.approved THEN coalesce(b.rate, r.rate) ELSE b.rate END AS rate,
             CASE WHEN NOT c.was THEN c.reviewed_by WHEN c.approved THEN NULL ELSE coalesce(c.voided_by, c.reviewed_by) END AS recorded_by,
             CASE WHEN NOT c.was THEN coalesce(c.reviewed_at, now()) WHEN c.approved THEN now() ELSE coalesce(c.voided_at, now()) END AS booked_at
      FROM changed c
      LEFT JOIN booked b ON b.id = c.id
      JOIN rates r ON r.unit_id = coalesce(c.home_unit_id, 0)
    )
    INSERT INTO volunteers.points_entry (volunteer_id, kind, points, rate, unit_id, service_record_id, recorded_by, booked_at)
    SELECT e.volunteer_id, e.kind, e.points, e.rate, e.home_unit_id, e.id, e.recorded_by, e.booked_at
    FROM entries e
    WHERE e.points <> 0
    ORDER BY e.volunteer_id, e.id;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION volunteers.move_points_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO volunteers.points_account AS a (volunteer_id, balance, earned, bonus, spent)
  SELECT n.volunteer_id, sum(n.points),
         coalesce(sum(n.points) FILTER (WHERE n.kind IN ('EARNED', 'ADJUSTED', 'REVERSED')), 0),
         coalesce(sum(n.points) FILTER (WHERE n.kind = 'BONUS'), 0),
         coalesce(-sum(n.points) FILTER (WHERE n.kind IN ('SPENT', 'REFUNDED')), 0)
  FROM new_rows n
  GROUP BY n.volunteer_id
  ORDER BY n.volunteer_id
  ON CONFLICT (volunteer_id) DO UPDATE SET balance = a.balance + EXCLUDED.balance, earned = a.earned + EXCLUDED.earned,
    bonus = a.bonus + EXCLUDED.bonus, spent = a.spent + EXCLUDED.spent;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION volunteers.refuse_points_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('volunteers.rebuilding_points_ledger', true) IS DISTINCT FROM 'on' THEN
    RAISE EXCEPTION 'volunteers.points_entry is append-only: a correction is a new entry' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION volunteers.rebuild_points_ledger() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('volunteers.rebuilding_points_ledger', 'on', true);
  DELETE FROM volunteers.points_entry WHERE kind IN ('EARNED', 'ADJUSTED', 'REVERSED');
  WITH approved AS (
    SELECT r.id, r.volunteer_id, r.hours, r.reviewed_by, coalesce(r.reviewed_at, r.created_at) AS booked_at, v.home_unit_id
    FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
    WHERE r.status = 'APPROVED'
  ), rates AS MATERIALIZED (
    SELECT h.unit_id, volunteers.points_rate_of(h.unit_id) AS rate FROM (SELECT DISTINCT coalesce(home_unit_id, 0) AS unit_id FROM approved) h
  )
  INSERT INTO volunteers.points_entry (volunteer_id, kind, points, rate, unit_id, service_record_id, recorded_by, booked_at)
  SELECT a.volunteer_id, 'EARNED', round(r.rate * a.hours, 2), r.rate, a.home_unit_id, a.id, a.reviewed_by, a.booked_at
  FROM approved a JOIN rates r ON r.unit_id = coalesce(a.home_unit_id, 0)
  WHERE round(r.rate * a.hours, 2) <> 0;
  DELETE FROM volunteers.points_account;
  INSERT INTO volunteers.points_account (volunteer_id, balance, earned, bonus, spent)
  SELECT e.volunteer_id, sum(e.points),
         coalesce(sum(e.points) FILTER (WHERE e.kind IN ('EARNED', 'ADJUSTED', 'REVERSED')), 0),
         coalesce(sum(e.points) FILTER (WHERE e.kind = 'BONUS'), 0),
         coalesce(-sum(e.points) FILTER (WHERE e.kind IN ('SPENT', 'REFUNDED')), 0)
  FROM volunteers.points_entry e
  GROUP BY e.volunteer_id;
  PERFORM set_config('volunteers.rebuilding_points_ledger', 'off', true);
END $$;
