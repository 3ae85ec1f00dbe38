import { createScratchDatabase, scopedIdentity, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { accountsOffTheLedger } from './support/recount';

/**
 * Redemptions arriving all at once (积分兑换并发): whatever the interleaving, no balance and no
 * stock goes below zero, each request is decided on what the ones before it left, and a request
 * sent again is served once.
 */
let h: SubgraphHarness;
let institute: { id: number; code: string };
let exchangeId: string;
let operator: Identity;
let people: string[];

const PRICE = 30;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  [institute] = await h.sql<{ id: number; code: string }>(
    `SELECT id, code FROM ${UNIT_TREE} WHERE level = 'INSTITUTE' AND code LIKE '513426%' ORDER BY id DESC LIMIT 1`,
  );
  operator = scopedIdentity('OPERATOR', institute.code);
  people = (
    await h.sql<{ id: number }>(
      `SELECT v.id FROM volunteers.volunteer v JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id JOIN ${UNIT_TREE} i ON i.id = $1
       WHERE home.path LIKE i.path || '%' AND NOT EXISTS (SELECT 1 FROM volunteers.points_entry e WHERE e.volunteer_id = v.id)
       ORDER BY v.id LIMIT 8`,
      [institute.id],
    )
  ).map((row) => String(row.id));
  const opened = await h.gqlAs(operator, `mutation($i: OpenExchangeInput!) { openExchange(input: $i) { id } }`, {
    i: { orgUnitId: String(institute.id), name: '并发测试爱心超市', kind: 'SHOP' },
  });
  expect(opened.errors).toBeUndefined();
  exchangeId = opened.data!.openExchange.id;
}, 120000);
afterAll(() => h?.stop());

const REDEEM = `mutation($i: RedeemGoodsInput!) { redeemGoods(input: $i) { id status } }`;
const ORDER = `mutation($i: OrderGoodsInput!) { orderGoods(input: $i) { id status } }`;

async function shelve(stock: number): Promise<string> {
  const res = await h.gqlAs(operator, `mutation($i: AddGoodsInput!) { addGoods(input: $i) { id } }`, {
    i: { exchangeId, name: '食用油（1.8升）', category: 'GRAIN_AND_OIL', pointsPrice: PRICE, stock },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.addGoods.id;
}

async function give(volunteerId: string, points: number): Promise<void> {
  const res = await h.gql(`mutation($i: AwardPointsInput!) { awardPoints(input: $i) { id } }`, {
    i: { volunteerId, unitId: String(institute.id), points, reason: '兑换测试' },
  });
  expect(res.errors).toBeUndefined();
}

const balanceOf = async (volunteerId: string) =>
  Number(
    (await h.sql<{ b: string }>(`SELECT balance AS b FROM volunteers.points_account WHERE volunteer_id = $1`, [Number(volunteerId)]))[0].b,
  );
const stockOf = async (goodsId: string) =>
  (await h.sql<{ stock: number }>(`SELECT stock FROM volunteers.exchange_goods WHERE id = $1`, [Number(goodsId)]))[0].stock;
const spentEntries = async (volunteerId: string) =>
  (
    await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.points_entry WHERE kind = 'SPENT' AND volunteer_id = $1`, [
      Number(volunteerId),
    ])
  )[0].n;

/** 50 requests for one item each, half at the counter and half ordered by the volunteer, all sent at once. */
function fifty(volunteerId: string, goodsId: string, prefix: string) {
  const token: Identity = { subject: `v-${volunteerId}`, role: 'VOLUNTEER', volunteerId };
  return Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? h.gqlAs(operator, REDEEM, { i: { volunteerId, goodsId, quantity: 1, idempotencyKey: `${prefix}-${i}` } })
        : h.gqlAs(token, ORDER, { i: { goodsId, quantity: 1, idempotencyKey: `${prefix}-${i}` } }),
    ),
  );
}

const outcomes = (results: Awaited<ReturnType<typeof fifty>>) =>
  results.map((r) => (r.errors ? `${r.errors[0].extensions?.code}: ${r.errors[0].message.replace(/\(.*\)/, '').trim()}` : 'OK'));

describe('redemptions arriving at once (并发兑换)', () => {
  it('balance for 20 items, stock of 10, 50 requests: exactly 10 served, 40 out of stock; stock 0, balance down by 10 items', async () => {
    const [volunteerId] = people;
    await give(volunteerId, 20 * PRICE);
    const goodsId = await shelve(10);
    const results = await fifty(volunteerId, goodsId, 'stock');
    const tally = outcomes(results).reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    expect(tally).toEqual({ OK: 10, 'CONFLICT: out of stock': 40 });
    expect(await stockOf(goodsId)).toBe(0);
    expect(await balanceOf(volunteerId)).toBe(20 * PRICE - 10 * PRICE);
    expect(await spentEntries(volunteerId)).toBe(10);
    expect(await accountsOffTheLedger(h)).toEqual([]);
  });

  it('balance for 5 items, stock of 10, 50 requests: exactly 5 served, 45 refused for points; balance 0, 5 items left', async () => {
    const volunteerId = people[1];
    await give(volunteerId, 5 * PRICE);
    const goodsId = await shelve(10);
    const results = await fifty(volunteerId, goodsId, 'points');
    const tally = outcomes(results).reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    expect(tally).toEqual({ OK: 5, 'CONFLICT: not enough points': 45 });
    expect(results.find((r) => r.errors)!.errors![0].message).toBe(`not enough points (balance 0, price ${PRICE})`);
    expect(await stockOf(goodsId)).toBe(5);
    expect(await balanceOf(volunteerId)).toBe(0);
    expect(await accountsOffTheLedger(h)).toEqual([]);
  });

  it('the same request sent 10 times at once: one redemption, one SPENT entry, the same answer to all', async () => {
    const volunteerId = people[2];
    await give(volunteerId, 10 * PRICE);
    const goodsId = await shelve(10);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.gqlAs(operator, REDEEM, { i: { volunteerId, goodsId, quantity: 2, idempotencyKey: 'twice-pressed' } }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.redeemGoods.id)).size).toBe(1);
    expect(await spentEntries(volunteerId)).toBe(1);
    expect(await stockOf(goodsId)).toBe(8);
    expect(await balanceOf(volunteerId)).toBe(8 * PRICE);
  });

  it('five volunteers racing for a stock of 10 with 50 requests: exactly 10 served, nobody charged for what they did not get', async () => {
    const racers = people.slice(3, 8);
    for (const volunteerId of racers) await give(volunteerId, 10 * PRICE);
    const goodsId = await shelve(10);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.gqlAs(operator, REDEEM, { i: { volunteerId: racers[i % 5], goodsId, quantity: 1, idempotencyKey: `race-${i}` } }),
      ),
    );
    expect(outcomes(results).filter((o) => o === 'OK')).toHaveLength(10);
    expect(outcomes(results).filter((o) => o !== 'OK')).toEqual(Array(40).fill('CONFLICT: out of stock'));
    expect(await stockOf(goodsId)).toBe(0);
    let spent = 0;
    for (const volunteerId of racers) spent += 10 * PRICE - (await balanceOf(volunteerId));
    expect(spent).toBe(10 * PRICE);
    expect(await accountsOffTheLedger(h)).toEqual([]);
  });
});
