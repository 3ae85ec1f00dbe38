-- The functions keeping the campaigns roll-ups: per host unit (campaigns.unit_event_rollup) and per
-- host unit and campaign (campaigns.unit_campaign_event_rollup), the events held and their audience,
-- split over 8 stripes per key (chosen by the writing backend, so concurrent writers for one busy
-- unit do not queue on one row lock); readers sum the stripes.
--
-- campaigns.roll_up_unit_events() and campaigns.roll_up_unit_campaign_events(): statement-level
-- triggers on campaigns.campaign_event (created by migration UnitEventRollup) with transition tables.
-- Each adds its statement's net change per key in one aggregated upsert, in key order, and touches
-- no row when nothing counted changed.
--
-- campaigns.rebuild_unit_event_rollups(): recomputes both tables from scratch, all in stripe 0; for
-- bulk loads that bypass the triggers (the scale seeder in apps/bench calls it).
--
-- Voided events (voided_at set) count nowhere: voiding an event is an UPDATE whose old row counts
-- and whose new row does not, so the roll-ups lose it in the same transaction.

CREATE OR REPLACE FUNCTION campaigns.roll_up_unit_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO campaigns.unit_event_rollup AS r (unit_id, stripe, event_count, audience_total)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, 1 AS event_count, 1 * audience_count::bigint AS audience_total FROM new_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO campaigns.unit_event_rollup AS r (unit_id, stripe, event_count, audience_total)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, -1 AS event_count, -1 * audience_count::bigint AS audience_total FROM old_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  ELSE
    INSERT INTO campaigns.unit_event_rollup AS r (unit_id, stripe, event_count, audience_total)
    SELECT d.unit_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, 1 AS event_count, 1 * audience_count::bigint AS audience_total FROM new_rows WHERE voided_at IS NULL UNION ALL SELECT host_unit_id AS unit_id, -1 AS event_count, -1 * audience_count::bigint AS audience_total FROM old_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id
    ON CONFLICT (unit_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION campaigns.roll_up_unit_campaign_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO campaigns.unit_campaign_event_rollup AS r (unit_id, campaign_id, stripe, event_count, audience_total)
    SELECT d.unit_id, d.campaign_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, campaign_id, 1 AS event_count, 1 * audience_count::bigint AS audience_total FROM new_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id, campaign_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id, campaign_id
    ON CONFLICT (unit_id, campaign_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO campaigns.unit_campaign_event_rollup AS r (unit_id, campaign_id, stripe, event_count, audience_total)
    SELECT d.unit_id, d.campaign_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, campaign_id, -1 AS event_count, -1 * audience_count::bigint AS audience_total FROM old_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id, campaign_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id, campaign_id
    ON CONFLICT (unit_id, campaign_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  ELSE
    INSERT INTO campaigns.unit_campaign_event_rollup AS r (unit_id, campaign_id, stripe, event_count, audience_total)
    SELECT d.unit_id, d.campaign_id, pg_backend_pid() % 8, sum(d.event_count), sum(d.audience_total)
    FROM (SELECT host_unit_id AS unit_id, campaign_id, 1 AS event_count, 1 * audience_count::bigint AS audience_total FROM new_rows WHERE voided_at IS NULL UNION ALL SELECT host_unit_id AS unit_id, campaign_id, -1 AS event_count, -1 * audience_count::bigint AS audience_total FROM old_rows WHERE voided_at IS NULL) d
    GROUP BY unit_id, campaign_id
    HAVING sum(d.event_count) <> 0 OR sum(d.audience_total) <> 0
    ORDER BY unit_id, campaign_id
    ON CONFLICT (unit_id, campaign_id, stripe) DO UPDATE SET event_count = r.event_count + EXCLUDED.event_count, audience_total = r.audience_total + EXCLUDED.audience_total;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION campaigns.rebuild_unit_event_rollups() RETURNS void LANGUAGE sql AS $$
  DELETE FROM campaigns.unit_event_rollup;
  INSERT INTO campaigns.unit_event_rollup (unit_id, event_count, audience_total)
  SELECT host_unit_id, count(*), sum(audience_count) FROM campaigns.campaign_event WHERE voided_at IS NULL GROUP BY host_unit_id;
  DELETE FROM campaigns.unit_campaign_event_rollup;
  INSERT INTO campaigns.unit_campaign_event_rollup (unit_id, campaign_id, event_count, audience_total)
  SELECT host_unit_id, campaign_id, count(*), sum(audience_count) FROM campaigns.campaign_event WHERE voided_at IS NULL GROUP BY host_unit_id, campaign_id;
$$;
