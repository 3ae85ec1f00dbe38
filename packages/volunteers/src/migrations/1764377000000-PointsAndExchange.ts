import type { MigrationInterface, QueryRunner } from 'typeorm';

const ENTRY_KINDS = `'EARNED','ADJUSTED','REVERSED','BONUS','SPENT','REFUNDED'`;

/**
 * Points (积分) and the exchange (爱心超市). Approved service earns points at the rate the nearest
 * unit up the tree set (`points_rate`; 10 an hour where none did); `points_entry` is the
 * append-only ledger (earned, adjusted, reversed, bonus, spent, refunded), each entry booked at a
 * unit, and `points_account` each volunteer's running balance, moved by a statement trigger in the
 * same statement as every entry. Service records book their own points through a statement
 * trigger, whatever path writes them. Exchanges at institutes and stations sell goods for points:
 * `points_exchange`, `exchange_goods` (stock never below zero) and `points_redemption` (one request
 * per idempotency key and volunteer). The ledger is backfilled from the approved records already
 * there. Current function bodies: sql/points_ledger.sql.
 */
export class PointsAndExchange1764377000000 implements MigrationInterface {
  name = 'PointsAndExchange1764377000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteers.points_rate (
        unit_id int PRIMARY KEY,
        points_per_hour numeric(6,2) NOT NULL CHECK (points_per_hour > 0 AND points_per_hour <= 1000),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE volunteers.points_exchange (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('SHOP','VENDING_MACHINE','MOBILE')),
        address text,
        opening_note text,
        closed_at timestamptz,
        close_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((closed_at IS NULL) = (close_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX points_exchange_unit_idx ON volunteers.points_exchange (org_unit_id, id)`);
    await q.query(`
      CREATE TABLE volunteers.exchange_goods (
        id serial PRIMARY KEY,
        exchange_id int NOT NULL REFERENCES volunteers.points_exchange(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        category text NOT NULL CHECK (category IN ('GRAIN_AND_OIL','FOOD','DAILY_NECESSITIES','CLEANING','STATIONERY','OTHER')),
        points_price int NOT NULL CHECK (points_price > 0),
        stock int NOT NULL CHECK (stock >= 0),
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX exchange_goods_exchange_idx ON volunteers.exchange_goods (exchange_id, id)`);
    await q.query(`
      CREATE TABLE volunteers.points_redemption (
        id serial PRIMARY KEY,
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        goods_id int NOT NULL REFERENCES volunteers.exchange_goods(id),
        exchange_id int NOT NULL REFERENCES volunteers.points_exchange(id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price int NOT NULL CHECK (unit_price > 0),
        points int NOT NULL,
        channel text NOT NULL CHECK (channel IN ('COUNTER','ORDER')),
        status text NOT NULL CHECK (status IN ('ORDERED','HANDED_OVER','CANCELLED')),
        idempotency_key text NOT NULL,
        ordered_by text NOT NULL,
        ordered_at timestamptz NOT NULL,
        handed_over_by text,
        handed_over_at timestamptz,
        cancelled_by text,
        cancelled_at timestamptz,
        cancel_reason text,
        version int NOT NULL DEFAULT 1,
        CHECK (points = quantity * unit_price),
        CHECK (status <> 'HANDED_OVER' OR handed_over_at IS NOT NULL),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX points_redemption_request_key ON volunteers.points_redemption (volunteer_id, idempotency_key)`);
    await q.query(`CREATE INDEX points_redemption_volunteer_idx ON volunteers.points_redemption (volunteer_id, ordered_at)`);
    await q.query(`CREATE INDEX points_redemption_exchange_idx ON volunteers.points_redemption (exchange_id, ordered_at)`);
    await q.query(`CREATE INDEX points_redemption_goods_idx ON volunteers.points_redemption (goods_id)`);
    await q.query(`
      CREATE TABLE volunteers.points_entry (
        id serial PRIMARY KEY,
        volunteer_id int NOT NULL REFERENCES volunteers.volunteer(id),
        kind text NOT NULL CHECK (kind IN (${ENTRY_KINDS})),
        points numeric(12,2) NOT NULL,
        rate numeric(6,2),
        unit_id int,
        service_record_id int REFERENCES volunteers.service_record(id),
        redemption_id int REFERENCES volunteers.points_redemption(id),
        reason text,
        idempotency_key text,
        recorded_by text,
        booked_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE WHEN kind IN ('EARNED','BONUS','REFUNDED') THEN points > 0 WHEN kind IN ('SPENT','REVERSED') THEN points < 0 ELSE points <> 0 END),
        CHECK ((kind IN ('EARNED','ADJUSTED','REVERSED')) = (service_record_id IS NOT NULL)),
        CHECK ((kind IN ('SPENT','REFUNDED')) = (redemption_id IS NOT NULL)),
        CHECK (kind <> 'BONUS' OR (reason IS NOT NULL AND unit_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX points_entry_volunteer_idx ON volunteers.points_entry (volunteer_id, booked_at, id)`);
    await q.query(
      `CREATE INDEX points_entry_record_idx ON volunteers.points_entry (service_record_id) WHERE service_record_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX points_entry_redemption_idx ON volunteers.points_entry (redemption_id) WHERE redemption_id IS NOT NULL`);
    await q.query(`CREATE INDEX points_entry_unit_idx ON volunteers.points_entry (unit_id, booked_at) INCLUDE (kind, points)`);
    await q.query(
      `CREATE UNIQUE INDEX points_entry_bonus_key ON volunteers.points_entry (volunteer_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE volunteers.points_account (
        volunteer_id int PRIMARY KEY REFERENCES volunteers.volunteer(id),
        balance numeric(12,2) NOT NULL DEFAULT 0,
        earned numeric(12,2) NOT NULL DEFAULT 0,
        bonus numeric(12,2) NOT NULL DEFAULT 0,
        spent numeric(12,2) NOT NULL DEFAULT 0
      )`);
    await q.query(
      `COMMENT ON TABLE volunteers.points_account IS 'Per volunteer: the sum of its points_entry rows (balance) and of each kind. Kept by a trigger on points_entry; rebuild with volunteers.rebuild_points_ledger().'`,
    );
    await q.query(`
      CREATE FUNCTION volunteers.points_rule_of(p_unit_id int) RETURNS int LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT pr.unit_id FROM org.unit_tree t JOIN volunteers.points_rate pr ON position('/' || pr.unit_id || '/' IN t.path) > 0
                WHERE t.id = p_unit_id
                ORDER BY position('/' || pr.unit_id || '/' IN t.path) DESC
                LIMIT 1);
      END $$`);
    await q.query(`
      CREATE FUNCTION volunteers.points_rate_of(p_unit_id int) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN coalesce((SELECT pr.points_per_hour FROM volunteers.points_rate pr WHERE pr.unit_id = volunteers.points_rule_of(p_unit_id)), 10);
      END $$`);
    await q.query(`
      CREATE FUNCTION volunteers.book_service_points() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await q.query(`
      CREATE FUNCTION volunteers.move_points_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await q.query(`
      CREATE FUNCTION volunteers.refuse_points_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('volunteers.rebuilding_points_ledger', true) IS DISTINCT FROM 'on' THEN
          RAISE EXCEPTION 'volunteers.points_entry is append-only: a correction is a new entry' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION volunteers.rebuild_points_ledger() RETURNS void LANGUAGE plpgsql AS $$
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
      END $$`);
    for (const sql of TRIGGERS) await q.query(sql);
    await q.query(`SELECT volunteers.rebuild_points_ledger()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of DROP_TRIGGERS) await q.query(sql);
    for (const fn of [
      'rebuild_points_ledger()',
      'refuse_points_entry_change()',
      'move_points_accounts()',
      'book_service_points()',
      'points_rate_of(int)',
      'points_rule_of(int)',
    ])
      await q.query(`DROP FUNCTION volunteers.${fn}`);
    for (const table of ['points_account', 'points_entry', 'points_redemption', 'exchange_goods', 'points_exchange', 'points_rate'])
      await q.query(`DROP TABLE volunteers.${table}`);
  }
}

const TRIGGERS = [
  `CREATE TRIGGER book_service_points_on_insert AFTER INSERT ON volunteers.service_record
   REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION volunteers.book_service_points()`,
  `CREATE TRIGGER book_service_points_on_update AFTER UPDATE ON volunteers.service_record
   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION volunteers.book_service_points()`,
  `CREATE TRIGGER move_points_accounts_on_insert AFTER INSERT ON volunteers.points_entry
   REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION volunteers.move_points_accounts()`,
  `CREATE TRIGGER refuse_points_entry_change BEFORE UPDATE OR DELETE ON volunteers.points_entry
   FOR EACH STATEMENT EXECUTE FUNCTION volunteers.refuse_points_entry_change()`,
];

const DROP_TRIGGERS = [
  `DROP TRIGGER book_service_points_on_insert ON volunteers.service_record`,
  `DROP TRIGGER book_service_points_on_update ON volunteers.service_record`,
  `DROP TRIGGER move_points_accounts_on_insert ON volunteers.points_entry`,
  `DROP TRIGGER refuse_points_entry_change ON volunteers.points_entry`,
];
