import type { EntityManager } from 'typeorm';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';
import { HUIDONG_POINTS as P } from './points.data';

type GoodsPlan = (typeof P.goods)[keyof typeof P.goods][number];

interface Redemption {
  volunteerId: number;
  goodsId: number;
  exchangeId: number;
  quantity: number;
  unitPrice: number;
  channel: 'COUNTER' | 'ORDER';
  orderedAt: Date;
  status: 'ORDERED' | 'HANDED_OVER' | 'CANCELLED';
  settledAt: Date | null;
  cancelReason: string | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const chinaDay = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** Huidong's rule: 10 points an hour for every volunteer registered in the county (kept if the county has set one already). */
export async function setCountyPointsRate(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteers.points_rate (unit_id, points_per_hour, set_by, set_at)
     SELECT id, $2, 'demo-seed', $3 FROM ${UNIT_TREE} WHERE code = $1
     ON CONFLICT (unit_id) DO NOTHING`,
    [P.countyCode, P.pointsPerHour, P.rateSetAt],
  );
}

/**
 * The bonuses: each to the volunteers registered under the awarding unit who gave the most approved
 * hours to a mobilisation or to a theme of service in 2021; one statement each, through the ledger.
 */
export async function insertBonuses(manager: EntityManager): Promise<void> {
  for (const bonus of P.bonuses) {
    await manager.query(
      `WITH awarding AS (SELECT id, path FROM ${UNIT_TREE} WHERE code = $1),
       served AS (
         SELECT r.volunteer_id, sum(r.hours) AS hours
         FROM volunteers.service_record r
         JOIN volunteers.volunteer v ON v.id = r.volunteer_id AND v.id <= $8
         JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id
         JOIN awarding a ON ${pathWithin('home.path', 'a.path')}
         WHERE r.status = 'APPROVED'
           AND ($2::text IS NULL OR r.id IN (SELECT s.service_record_id FROM volunteers.mobilisation_service s
                                             JOIN volunteers.mobilisation m ON m.id = s.mobilisation_id WHERE m.kind = $2))
           AND ($3::text IS NULL OR (r.description = $3 AND r.started_at >= timestamptz '2021-01-01 00:00+08'))
         GROUP BY r.volunteer_id
         ORDER BY hours DESC, r.volunteer_id
         LIMIT $4
       )
       INSERT INTO volunteers.points_entry (volunteer_id, kind, points, unit_id, reason, recorded_by, booked_at)
       SELECT s.volunteer_id, 'BONUS', $5, a.id, $6, 'demo-seed', ($7::date + time '10:00') AT TIME ZONE 'Asia/Shanghai'
       FROM served s, awarding a
       ORDER BY s.volunteer_id`,
      [
        bonus.unitCode,
        'mobilisation' in bonus ? bonus.mobilisation : null,
        'description' in bonus ? bonus.description : null,
        bonus.top,
        bonus.points,
        bonus.reason,
        bonus.on,
        H.volunteerCount,
      ],
    );
  }
}

/**
 * The exchanges with their goods, and the redemptions of the volunteers registered around each
 * (each volunteer at one exchange): those who had earned the most by July 2021 spend what they had
 * by then, from July to December, so every redemption follows the points that paid for it. Most
 * were handed over; orders from the last days of the year still wait, and a couple were cancelled
 * and refunded. Redemptions and their SPENT and REFUNDED entries go in as set-based statements,
 * through the ledger's trigger; the goods' stock is what is left on hand now.
 */
export async function insertExchangesAndRedemptions(manager: EntityManager): Promise<void> {
  const planned: Redemption[] = [];
  const served = new Set<number>();
  for (const exchange of P.exchanges) {
    const [{ id: exchangeId, unit_id: unitId }]: { id: number; unit_id: number }[] = await manager.query(
      `INSERT INTO volunteers.points_exchange (org_unit_id, name, kind, address, opening_note, created_by, created_at)
       SELECT id, $2, $3, $4, $5, 'demo-seed', $6 FROM ${UNIT_TREE} WHERE code = $1
       RETURNING id, org_unit_id AS unit_id`,
      [exchange.unitCode, exchange.name, exchange.kind, exchange.address, exchange.openingNote, chinaDay('2021-06-15')],
    );
    const shelf: GoodsPlan[] = [...P.goods[exchange.goods]];
    const goods: { id: number; price: number }[] = await manager.query(
      `INSERT INTO volunteers.exchange_goods (exchange_id, name, category, points_price, stock, created_at)
       SELECT $1, g.name, g.category, g.price, g.stock, $6
       FROM unnest($2::text[], $3::text[], $4::int[], $5::int[]) WITH ORDINALITY AS g(name, category, price, stock, ord)
       ORDER BY g.ord
       RETURNING id, points_price AS price`,
      [
        exchangeId,
        shelf.map((g) => g.name),
        shelf.map((g) => g.category),
        shelf.map((g) => g.price),
        shelf.map((g) => g.stock),
        chinaDay('2021-06-15'),
      ],
    );
    goods.sort((a, b) => a.id - b.id);
    const cheapest = Math.min(...goods.map((g) => g.price));
    const candidates: { id: number; earned: string }[] = await manager.query(
      `SELECT v.id, sum(e.points) AS earned
       FROM ${UNIT_TREE} exchange_unit
       JOIN ${UNIT_TREE} home ON ${pathWithin('home.path', 'exchange_unit.path')}
       JOIN volunteers.volunteer v ON v.home_unit_id = home.id AND v.id <= $2 AND NOT v.id = ANY($3::int[])
       JOIN volunteers.points_entry e ON e.volunteer_id = v.id AND e.kind = 'EARNED' AND e.booked_at < $4
       WHERE exchange_unit.id = $1
       GROUP BY v.id
       HAVING sum(e.points) >= $5
       ORDER BY earned DESC, v.id
       LIMIT $6`,
      [unitId, H.volunteerCount, [...served], chinaDay(P.earnedBefore), cheapest, exchange.volunteers],
    );
    for (const candidate of candidates) {
      served.add(candidate.id);
      planned.push(...shoppingOf(candidate.id, Math.floor(Number(candidate.earned)), exchangeId, goods));
    }
  }
  settle(planned);
  await manager.query(
    `INSERT INTO volunteers.points_redemption (volunteer_id, goods_id, exchange_id, quantity, unit_price, points, channel, status,
       idempotency_key, ordered_by, ordered_at, handed_over_by, handed_over_at, cancelled_by, cancelled_at, cancel_reason)
     SELECT r.volunteer_id, r.goods_id, r.exchange_id, r.quantity, r.unit_price, r.quantity * r.unit_price, r.channel, r.status,
            'demo-seed-' || r.ord, 'demo-seed', r.ordered_at,
            CASE WHEN r.status = 'HANDED_OVER' THEN 'demo-seed' END, CASE WHEN r.status = 'HANDED_OVER' THEN r.settled_at END,
            CASE WHEN r.status = 'CANCELLED' THEN 'demo-seed' END, CASE WHEN r.status = 'CANCELLED' THEN r.settled_at END, r.cancel_reason
     FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[])
          WITH ORDINALITY AS r(volunteer_id, goods_id, exchange_id, quantity, unit_price, channel, status, ordered_at, settled_at, cancel_reason, ord)
     ORDER BY r.ord`,
    [
      planned.map((r) => r.volunteerId),
      planned.map((r) => r.goodsId),
      planned.map((r) => r.exchangeId),
      planned.map((r) => r.quantity),
      planned.map((r) => r.unitPrice),
      planned.map((r) => r.channel),
      planned.map((r) => r.status),
      planned.map((r) => r.orderedAt),
      planned.map((r) => r.settledAt),
      planned.map((r) => r.cancelReason),
    ],
  );
  await manager.query(
    `INSERT INTO volunteers.points_entry (volunteer_id, kind, points, unit_id, redemption_id, reason, recorded_by, booked_at)
     SELECT r.volunteer_id, 'SPENT', -r.points, x.org_unit_id, r.id, g.name || ' × ' || r.quantity, 'demo-seed', r.ordered_at
     FROM volunteers.points_redemption r
     JOIN volunteers.points_exchange x ON x.id = r.exchange_id JOIN volunteers.exchange_goods g ON g.id = r.goods_id
     WHERE r.ordered_by = 'demo-seed'
     UNION ALL
     SELECT r.volunteer_id, 'REFUNDED', r.points, x.org_unit_id, r.id, r.cancel_reason, 'demo-seed', r.cancelled_at
     FROM volunteers.points_redemption r JOIN volunteers.points_exchange x ON x.id = r.exchange_id
     WHERE r.ordered_by = 'demo-seed' AND r.status = 'CANCELLED'
     ORDER BY 1, 8`,
  );
}

/**
 * One volunteer's purchases: one to three, on spread-out days after `earnedBefore`, each of the first
 * goods (from a place that depends on the volunteer) that the points left still pay for; small
 * items two at a time now and then. One in four is ordered ahead instead of taken at the counter.
 */
function shoppingOf(volunteerId: number, budget: number, exchangeId: number, goods: { id: number; price: number }[]): Redemption[] {
  const count = 1 + (volunteerId % 3);
  const days = [...new Set(Array.from({ length: count }, (_, j) => (volunteerId * 13 + j * 41) % P.shoppingDays))].sort((a, b) => a - b);
  const bought: Redemption[] = [];
  let left = budget;
  days.forEach((day, j) => {
    const start = (volunteerId * 7 + j * 3) % goods.length;
    for (let t = 0; t < goods.length; t++) {
      const item = goods[(start + t) % goods.length];
      const quantity = item.price <= 50 && (volunteerId + j) % 2 === 0 && 2 * item.price <= left ? 2 : 1;
      if (quantity * item.price > left) continue;
      left -= quantity * item.price;
      bought.push({
        volunteerId,
        goodsId: item.id,
        exchangeId,
        quantity,
        unitPrice: item.price,
        channel: (volunteerId + j) % 4 === 0 ? 'ORDER' : 'COUNTER',
        orderedAt: new Date(chinaDay(P.earnedBefore).getTime() + day * DAY_MS + (570 + ((volunteerId + 7 * j) % 420)) * MINUTE_MS),
        status: 'HANDED_OVER',
        settledAt: null,
        cancelReason: null,
      });
      return;
    }
  });
  return bought;
}

/**
 * Where each redemption stands: taken at the counter, handed over then; ordered ahead, collected the
 * next day, except the orders of the last days of the year (still ORDERED) and the first few, which
 * were cancelled the next day.
 */
function settle(planned: Redemption[]): void {
  const waitingFrom = chinaDay(P.stillOrderedFrom);
  const orders = planned
    .filter((r) => r.channel === 'ORDER')
    .sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime() || a.volunteerId - b.volunteerId);
  const reasons = [...P.cancelReasons];
  for (const order of orders) {
    const nextDay = new Date(order.orderedAt.getTime() + DAY_MS);
    if (order.orderedAt >= waitingFrom) Object.assign(order, { status: 'ORDERED', settledAt: null });
    else if (reasons.length > 0) Object.assign(order, { status: 'CANCELLED', settledAt: nextDay, cancelReason: reasons.shift()! });
    else Object.assign(order, { status: 'HANDED_OVER', settledAt: nextDay });
  }
  for (const counter of planned.filter((r) => r.channel === 'COUNTER')) counter.settledAt = counter.orderedAt;
}
