import type { Client } from 'pg';
import type { OrgPlan } from './plan-org';
import type { Progress } from './progress';

/** What every synthetic exchange sells: name, category, points price. */
const GOODS: [string, string, number][] = [
  ['大米（5公斤）', 'GRAIN_AND_OIL', 120],
  ['食用油（1.8升）', 'GRAIN_AND_OIL', 150],
  ['洗衣粉', 'CLEANING', 40],
  ['毛巾', 'DAILY_NECESSITIES', 20],
  ['牙膏', 'DAILY_NECESSITIES', 15],
  ['文具套装', 'STATIONERY', 30],
  ['保温杯', 'DAILY_NECESSITIES', 200],
  ['挂面', 'FOOD', 5],
];

/** Every county sets the common rate (积分标准), 10 points an hour, explicitly. */
export async function writePointsRates(client: Client, plan: OrgPlan, progress: Progress): Promise<void> {
  await progress.table('volunteers.points_rate', async () => {
    const { rowCount } = await client.query(
      `INSERT INTO volunteers.points_rate (unit_id, points_per_hour, set_by, set_at)
       SELECT c.id, 10, 'seed-scale', '2020-06-01T00:00:00+08:00' FROM unnest($1::int[]) AS c(id) ORDER BY c.id`,
      [plan.counties.map((c) => c.centerId)],
    );
    return rowCount ?? 0;
  });
}

/**
 * One exchange (爱心超市) at every township institute, each selling the same eight goods with a
 * stock no benchmark run empties. Points balances come from `volunteers.rebuild_points_ledger()`
 * after the load (the service records' trigger is off while the seeder copies).
 */
export async function writeExchanges(client: Client, plan: OrgPlan, progress: Progress): Promise<void> {
  const institutes = plan.units.filter((u) => u.level === 'INSTITUTE');
  await progress.table('volunteers.points_exchange', async () => {
    const { rowCount } = await client.query(
      `INSERT INTO volunteers.points_exchange (org_unit_id, name, kind, created_by)
       SELECT u.id, u.name || '爱心超市', 'SHOP', 'seed-scale' FROM unnest($1::int[]) AS i(id) JOIN org.org_unit u ON u.id = i.id ORDER BY u.id`,
      [institutes.map((u) => u.id)],
    );
    return rowCount ?? 0;
  });
  await progress.table('volunteers.exchange_goods', async () => {
    const { rowCount } = await client.query(
      `INSERT INTO volunteers.exchange_goods (exchange_id, name, category, points_price, stock)
       SELECT e.id, g.name, g.category, g.price, 1000000
       FROM volunteers.points_exchange e CROSS JOIN unnest($1::text[], $2::text[], $3::int[]) AS g(name, category, price)
       ORDER BY e.id, g.price`,
      [GOODS.map((g) => g[0]), GOODS.map((g) => g[1]), GOODS.map((g) => g[2])],
    );
    return rowCount ?? 0;
  });
}

/**
 * After the ledger is rebuilt: one volunteer in 25 of those homed at an institute or a station
 * below it took the dearest goods their balance covers from that institute's exchange, handed over
 * at the counter on 2021-12-20. Each redemption's SPENT entry moves the balance (the ledger's
 * trigger is on again by then) and the goods' stock goes down by what was taken.
 */
export async function writeRedemptions(client: Client, progress: Progress): Promise<void> {
  await progress.table('volunteers.points_redemption', async () => {
    const { rowCount } = await client.query(
      `WITH picked AS (
         SELECT a.volunteer_id, g.id AS goods_id, g.exchange_id, g.points_price
         FROM volunteers.points_account a
         JOIN volunteers.volunteer v ON v.id = a.volunteer_id
         JOIN org.org_unit u ON u.id = v.home_unit_id AND u.level IN ('INSTITUTE', 'STATION')
         JOIN volunteers.points_exchange x ON x.org_unit_id = CASE WHEN u.level = 'INSTITUTE' THEN u.id ELSE u.parent_id END
         CROSS JOIN LATERAL (SELECT g.id, g.exchange_id, g.points_price FROM volunteers.exchange_goods g
                             WHERE g.exchange_id = x.id AND g.points_price <= a.balance ORDER BY g.points_price DESC LIMIT 1) g
         WHERE a.volunteer_id % 25 = 0
       ), redeemed AS (
         INSERT INTO volunteers.points_redemption (volunteer_id, goods_id, exchange_id, quantity, unit_price, points, channel, status,
                                                   idempotency_key, ordered_by, ordered_at, handed_over_by, handed_over_at)
         SELECT p.volunteer_id, p.goods_id, p.exchange_id, 1, p.points_price, p.points_price, 'COUNTER', 'HANDED_OVER',
                'seed-' || p.volunteer_id, 'seed-scale', '2021-12-20T10:00:00+08:00', 'seed-scale', '2021-12-20T10:00:00+08:00'
         FROM picked p ORDER BY p.volunteer_id
         RETURNING id, volunteer_id, goods_id, points, exchange_id
       ), spent AS (
         INSERT INTO volunteers.points_entry (volunteer_id, kind, points, unit_id, redemption_id, recorded_by, booked_at)
         SELECT r.volunteer_id, 'SPENT', -r.points, x.org_unit_id, r.id, 'seed-scale', '2021-12-20T10:00:00+08:00'
         FROM redeemed r JOIN volunteers.points_exchange x ON x.id = r.exchange_id
       ), taken AS (
         UPDATE volunteers.exchange_goods g SET stock = g.stock - t.n
         FROM (SELECT goods_id, count(*)::int AS n FROM redeemed GROUP BY goods_id) t WHERE g.id = t.goods_id
       )
       SELECT 1 FROM redeemed`,
    );
    return rowCount ?? 0;
  });
}
