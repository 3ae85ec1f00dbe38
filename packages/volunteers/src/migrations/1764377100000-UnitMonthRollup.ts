import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22 (assessment at province scale): a county's ranking sums service hours and registered
 * volunteers per unit over a year. `volunteers.unit_month_rollup` holds, per org unit and China
 * calendar month, the approved hours and records of the volunteers registered there and the
 * volunteers who joined and left, kept by statement triggers on `service_record` and `volunteer` in
 * the same transaction as each write; `volunteers.rebuild_unit_month_rollup()` recomputes it (this
 * migration's backfill, and bulk loads that bypass triggers). Current function bodies:
 * sql/unit_month_rollup.sql.
 */
export class UnitMonthRollup1764377100000 implements MigrationInterface {
  name = 'UnitMonthRollup1764377100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteers.unit_month_rollup (
        unit_id int NOT NULL,
        month date NOT NULL,
        stripe smallint NOT NULL DEFAULT 0,
        service_hours numeric(14,2) NOT NULL DEFAULT 0,
        record_count int NOT NULL DEFAULT 0,
        joined_count int NOT NULL DEFAULT 0,
        left_count int NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, month, stripe)
      )`);
    await q.query(
      `COMMENT ON TABLE volunteers.unit_month_rollup IS 'Per org unit and China month (summed over its stripes): approved hours and records of the volunteers registered there, volunteers who joined and left. Kept by triggers; rebuild with volunteers.rebuild_unit_month_rollup().'`,
    );
    for (const sql of FUNCTIONS) await q.query(sql);
    for (const sql of TRIGGERS) await q.query(sql);
    await q.query(`SELECT volunteers.rebuild_unit_month_rollup()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [source, fn] of SOURCES)
      for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER ${fn}_on_${event} ON volunteers.${source}`);
    for (const fn of ['rebuild_unit_month_rollup()', 'roll_up_roster_months()', 'roll_up_record_months()', 'china_month(timestamptz)'])
      await q.query(`DROP FUNCTION volunteers.${fn}`);
    await q.query(`DROP TABLE volunteers.unit_month_rollup`);
  }
}

const SOURCES = [
  ['service_record', 'roll_up_record_months'],
  ['volunteer', 'roll_up_roster_months'],
] as const;

const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

const TRIGGERS = SOURCES.flatMap(([source, fn]) =>
  EVENTS.map(
    ([suffix, event, tables]) =>
      `CREATE TRIGGER ${fn}_on_${suffix} AFTER ${event} ON volunteers.${source} REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION volunteers.${fn}()`,
  ),
);

const FUNCTIONS = [
  `
      CREATE FUNCTION volunteers.china_month(at timestamptz) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date;
      $$`,
  `
      CREATE FUNCTION volunteers.roll_up_record_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            SELECT v.home_unit_id AS unit_id, volunteers.china_month(r.started_at) AS month, r.hours AS service_hours, 1 AS record_count, 0 AS joined_count, 0 AS left_count
            FROM new_rows r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
            WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            SELECT v.home_unit_id AS unit_id, volunteers.china_month(r.started_at) AS month, -r.hours AS service_hours, -1 AS record_count, 0 AS joined_count, 0 AS left_count
            FROM old_rows r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
            WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        ELSE
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            SELECT v.home_unit_id AS unit_id, volunteers.china_month(r.started_at) AS month, r.hours AS service_hours, 1 AS record_count, 0 AS joined_count, 0 AS left_count
            FROM new_rows r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
            WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL
            UNION ALL
            SELECT v.home_unit_id AS unit_id, volunteers.china_month(r.started_at) AS month, -r.hours AS service_hours, -1 AS record_count, 0 AS joined_count, 0 AS left_count
            FROM old_rows r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
            WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        END IF;
        RETURN NULL;
      END
      $$`,
  `
      CREATE FUNCTION volunteers.roll_up_roster_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            SELECT home_unit_id AS unit_id, volunteers.china_month(registered_at) AS month, 0 AS service_hours, 0 AS record_count, 1 AS joined_count, 0 AS left_count
            FROM new_rows WHERE home_unit_id IS NOT NULL
            UNION ALL
            SELECT home_unit_id, volunteers.china_month(deregistered_at), 0, 0, 0, 1
            FROM new_rows WHERE home_unit_id IS NOT NULL AND deregistered_at IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            SELECT home_unit_id AS unit_id, volunteers.china_month(registered_at) AS month, 0 AS service_hours, 0 AS record_count, -1 AS joined_count, 0 AS left_count
            FROM old_rows WHERE home_unit_id IS NOT NULL
            UNION ALL
            SELECT home_unit_id, volunteers.china_month(deregistered_at), 0, 0, 0, -1
            FROM old_rows WHERE home_unit_id IS NOT NULL AND deregistered_at IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        ELSE
          -- Only rows whose home unit, registration or deregistration changed count: most updates (a new
          -- total of hours, a phone number) leave this table alone.
          INSERT INTO volunteers.unit_month_rollup AS m (unit_id, month, stripe, service_hours, record_count, joined_count, left_count)
          SELECT d.unit_id, d.month, pg_backend_pid() % 8, sum(d.service_hours), sum(d.record_count), sum(d.joined_count), sum(d.left_count)
          FROM (
            WITH changed AS (
              SELECT o.home_unit_id AS old_unit, o.registered_at AS old_registered, o.deregistered_at AS old_deregistered,
                     n.id, n.home_unit_id AS new_unit, n.registered_at AS new_registered, n.deregistered_at AS new_deregistered
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.home_unit_id IS DISTINCT FROM n.home_unit_id OR o.registered_at IS DISTINCT FROM n.registered_at
                 OR o.deregistered_at IS DISTINCT FROM n.deregistered_at
            )
            SELECT new_unit AS unit_id, volunteers.china_month(new_registered) AS month, 0 AS service_hours, 0 AS record_count, 1 AS joined_count, 0 AS left_count
            FROM changed WHERE new_unit IS NOT NULL
            UNION ALL
            SELECT new_unit, volunteers.china_month(new_deregistered), 0, 0, 0, 1 FROM changed WHERE new_unit IS NOT NULL AND new_deregistered IS NOT NULL
            UNION ALL
            SELECT old_unit, volunteers.china_month(old_registered), 0, 0, -1, 0 FROM changed WHERE old_unit IS NOT NULL
            UNION ALL
            SELECT old_unit, volunteers.china_month(old_deregistered), 0, 0, 0, -1 FROM changed WHERE old_unit IS NOT NULL AND old_deregistered IS NOT NULL
            UNION ALL
            SELECT side.unit_id, volunteers.china_month(r.started_at), side.sign * r.hours, side.sign, 0, 0
            FROM changed c
            JOIN volunteers.service_record r ON r.volunteer_id = c.id AND r.status = 'APPROVED'
            CROSS JOIN LATERAL (VALUES (c.new_unit, 1), (c.old_unit, -1)) AS side(unit_id, sign)
            WHERE c.old_unit IS DISTINCT FROM c.new_unit AND side.unit_id IS NOT NULL) d
          GROUP BY d.unit_id, d.month
          HAVING sum(d.service_hours) <> 0 OR sum(d.record_count) <> 0 OR sum(d.joined_count) <> 0 OR sum(d.left_count) <> 0
          ORDER BY d.unit_id, d.month
          ON CONFLICT (unit_id, month, stripe) DO UPDATE SET service_hours = m.service_hours + EXCLUDED.service_hours,
            record_count = m.record_count + EXCLUDED.record_count, joined_count = m.joined_count + EXCLUDED.joined_count,
            left_count = m.left_count + EXCLUDED.left_count;
        END IF;
        RETURN NULL;
      END
      $$`,
  `
      CREATE FUNCTION volunteers.rebuild_unit_month_rollup() RETURNS void LANGUAGE sql AS $$
        DELETE FROM volunteers.unit_month_rollup;
        INSERT INTO volunteers.unit_month_rollup (unit_id, month, service_hours, record_count, joined_count, left_count)
        SELECT unit_id, month, sum(hours), sum(records), sum(joined), sum(departed)
        FROM (
          SELECT v.home_unit_id AS unit_id, volunteers.china_month(r.started_at) AS month, sum(r.hours) AS hours, count(*) AS records, 0 AS joined, 0 AS departed
          FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
          WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL
          GROUP BY 1, 2
          UNION ALL
          SELECT home_unit_id, volunteers.china_month(registered_at), 0, 0, count(*), 0
          FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL GROUP BY 1, 2
          UNION ALL
          SELECT home_unit_id, volunteers.china_month(deregistered_at), 0, 0, 0, count(*)
          FROM volunteers.volunteer WHERE home_unit_id IS NOT NULL AND deregistered_at IS NOT NULL GROUP BY 1, 2
        ) d
        GROUP BY unit_id, month;
      $$`,
];
