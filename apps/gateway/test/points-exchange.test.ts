import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Points (积分) and the exchange (爱心超市) through the gateway, on a database of the suite's own:
 * Huidong's demo balances against a recount, fifty redemptions at once against one balance and one
 * shelf, and every write refused without scope and audited with it.
 */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);
const ADMIN: Caller = { role: 'ADMIN', subject: 'county-admin' };
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst' };
const HUIDONG_ADMIN: Caller = { role: 'ORG_ADMIN', subject: 'huidong-admin', orgUnitCode: '513426-ZX' };
/** Tongchuan's staff: scoped, but to another county. */
const TONGCHUAN_ADMIN: Caller = { role: 'ORG_ADMIN', subject: 'tongchuan-admin', orgUnitCode: '610200-ZX' };
const TONGCHUAN_OPERATOR: Caller = { role: 'OPERATOR', subject: 'tongchuan-operator', orgUnitCode: '610200-ZX' };

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const gql = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
  callAs(platform.gateway.url, caller, query, variables);
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

/** A Huidong station with volunteers homed there, and one of them with at least `minBalance` points. */
async function huidongStationVolunteer(
  minBalance: number,
): Promise<{ stationId: string; stationCode: string; volunteerId: string; balance: number }> {
  const [row] = await sql<{ station_id: number; code: string; volunteer_id: number; balance: string }>(
    `SELECT u.id AS station_id, u.code, v.id AS volunteer_id, a.balance
     FROM volunteers.points_account a JOIN volunteers.volunteer v ON v.id = a.volunteer_id JOIN org.org_unit u ON u.id = v.home_unit_id
     WHERE u.level = 'STATION' AND u.code LIKE '513426%' AND a.balance >= $1
     ORDER BY a.balance, v.id LIMIT 1`,
    [minBalance],
  );
  return { stationId: String(row.station_id), stationCode: row.code, volunteerId: String(row.volunteer_id), balance: Number(row.balance) };
}

const POINTS = `query Points($id: ID!) { volunteer(id: $id) { totalServiceHours points { balance earned bonus spent } } }`;
const OPEN = `mutation Open($input: OpenExchangeInput!) { openExchange(input: $input) { id name orgUnit { id } } }`;
const ADD_GOODS = `mutation Add($input: AddGoodsInput!) { addGoods(input: $input) { id pointsPrice stock } }`;
const REDEEM = `mutation Redeem($input: RedeemGoodsInput!) { redeemGoods(input: $input) { id status points } }`;
const GOODS = `query Goods($id: ID!) { exchangeGoods(id: $id) { stock } }`;

describe("Huidong's demo points", () => {
  it('every volunteer’s balance is 10 × approved hours + bonuses − redemptions, recounted from the records', async () => {
    const [{ volunteers, wrong }] = await sql<{ volunteers: number; wrong: number }>(
      `WITH huidong AS (
         SELECT v.id FROM volunteers.volunteer v JOIN org.org_unit u ON u.id = v.home_unit_id WHERE u.code LIKE '513426%'),
       recount AS (
         SELECT h.id,
           10 * (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r WHERE r.volunteer_id = h.id AND r.status = 'APPROVED')
           + (SELECT coalesce(sum(e.points), 0) FROM volunteers.points_entry e WHERE e.volunteer_id = h.id AND e.kind = 'BONUS')
           - (SELECT coalesce(sum(d.points), 0) FROM volunteers.points_redemption d WHERE d.volunteer_id = h.id AND d.status <> 'CANCELLED')
           AS expected
         FROM huidong h)
       SELECT count(*)::int AS volunteers,
              count(*) FILTER (WHERE coalesce(a.balance, 0) <> r.expected)::int AS wrong
       FROM recount r LEFT JOIN volunteers.points_account a ON a.volunteer_id = r.id`,
    );
    expect(volunteers).toBeGreaterThanOrEqual(90000);
    expect(wrong).toBe(0);
  });

  it('the API shows the same for volunteers who redeemed and were awarded bonuses', async () => {
    const sample = await sql<{ id: number; spent: string }>(
      `SELECT d.volunteer_id AS id, sum(d.points) AS spent FROM volunteers.points_redemption d
       WHERE d.status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM volunteers.points_entry e WHERE e.volunteer_id = d.volunteer_id AND e.kind = 'BONUS')
       GROUP BY d.volunteer_id ORDER BY d.volunteer_id LIMIT 3`,
    );
    expect(sample.length).toBeGreaterThan(0);
    for (const { id, spent } of sample) {
      const res = await gql(HUIDONG_ADMIN, POINTS, { id: String(id) });
      expect(res.errors).toBeUndefined();
      const { totalServiceHours, points } = res.data!.volunteer;
      expect(points.spent).toBeCloseTo(Number(spent), 2);
      expect(points.bonus).toBeGreaterThan(0);
      expect(points.balance).toBeCloseTo(10 * totalServiceHours + points.bonus - points.spent, 2);
    }
  });

  it('shows the county the points outstanding and what its units earned and spent in 2021', async () => {
    const res = await gql(
      HUIDONG_ADMIN,
      `{ orgUnitByCode(code: "513426-ZX") { pointsRate { pointsPerHour } points(from: "2021-01-01", to: "2021-12-31") { earned bonuses spent redemptionCount outstanding } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { pointsRate, points } = res.data!.orgUnitByCode;
    expect(pointsRate.pointsPerHour).toBe(10);
    const [{ outstanding }] = await sql<{ outstanding: string }>(
      `SELECT sum(a.balance) AS outstanding FROM volunteers.points_account a JOIN volunteers.volunteer v ON v.id = a.volunteer_id
       JOIN org.org_unit u ON u.id = v.home_unit_id WHERE u.code LIKE '513426%'`,
    );
    expect(points.outstanding).toBeCloseTo(Number(outstanding), 2);
    expect(points.spent).toBeGreaterThan(0);
    expect(points.redemptionCount).toBeGreaterThan(0);
  });
});

describe('redemption under concurrency, through the gateway', () => {
  it('50 redemptions at once against a balance covering 20 and a stock of 10: exactly 10 served, nothing below zero, ledger equals balance', async () => {
    const { stationId, volunteerId, balance } = await huidongStationVolunteer(400);
    const price = Math.floor(balance / 20);
    const opened = await gql(HUIDONG_ADMIN, OPEN, { input: { orgUnitId: stationId, name: '测试爱心超市', kind: 'SHOP' } });
    expect(opened.errors).toBeUndefined();
    const added = await gql(HUIDONG_ADMIN, ADD_GOODS, {
      input: { exchangeId: opened.data!.openExchange.id, name: '食用油', category: 'GRAIN_AND_OIL', pointsPrice: price, stock: 10 },
    });
    expect(added.errors).toBeUndefined();
    const goodsId = added.data!.addGoods.id;

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(HUIDONG_ADMIN, REDEEM, { input: { volunteerId, goodsId, quantity: 1, idempotencyKey: `gateway-race-${i}` } }),
      ),
    );
    const served = results.filter((r) => !r.errors);
    expect(served).toHaveLength(10);
    expect(served.every((r) => r.data!.redeemGoods.status === 'HANDED_OVER')).toBe(true);
    const refused = results.filter((r) => r.errors);
    expect(refused.map(codeOf)).toEqual(Array(40).fill('CONFLICT'));
    expect(refused.every((r) => /out of stock/.test(r.errors![0].message))).toBe(true);

    const stock = await gql(HUIDONG_ADMIN, GOODS, { id: goodsId });
    expect(stock.data!.exchangeGoods.stock).toBe(0);
    const after = await gql(HUIDONG_ADMIN, POINTS, { id: volunteerId });
    expect(after.data!.volunteer.points.balance).toBeCloseTo(balance - 10 * price, 2);
    const [{ wrong }] = await sql<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM volunteers.points_account a
       WHERE a.balance <> (SELECT coalesce(sum(e.points), 0) FROM volunteers.points_entry e WHERE e.volunteer_id = a.volunteer_id)`,
    );
    expect(wrong).toBe(0);
  }, 60000);

  it('the same request sent ten times at once redeems once', async () => {
    const { stationId, volunteerId, balance } = await huidongStationVolunteer(100);
    const opened = await gql(HUIDONG_ADMIN, OPEN, { input: { orgUnitId: stationId, name: '测试积分兑换机', kind: 'VENDING_MACHINE' } });
    const added = await gql(HUIDONG_ADMIN, ADD_GOODS, {
      input: { exchangeId: opened.data!.openExchange.id, name: '毛巾', category: 'DAILY_NECESSITIES', pointsPrice: 20, stock: 50 },
    });
    const goodsId = added.data!.addGoods.id;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        gql(HUIDONG_ADMIN, REDEEM, { input: { volunteerId, goodsId, quantity: 1, idempotencyKey: 'twice-sent' } }),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.redeemGoods.id)).size).toBe(1);
    const after = await gql(HUIDONG_ADMIN, POINTS, { id: volunteerId });
    expect(after.data!.volunteer.points.balance).toBeCloseTo(balance - 20, 2);
    expect((await gql(HUIDONG_ADMIN, GOODS, { id: goodsId })).data!.exchangeGoods.stock).toBe(49);
  }, 60000);
});

describe('writes need their right and scope, and are audited', () => {
  it('refuses every points and exchange write to callers without scope, writing nothing', async () => {
    const { stationId, volunteerId } = await huidongStationVolunteer(100);
    const opened = await gql(HUIDONG_ADMIN, OPEN, { input: { orgUnitId: stationId, name: '范围测试超市', kind: 'SHOP' } });
    const exchangeId = opened.data!.openExchange.id;
    const added = await gql(HUIDONG_ADMIN, ADD_GOODS, {
      input: { exchangeId, name: '牙膏', category: 'DAILY_NECESSITIES', pointsPrice: 15, stock: 5 },
    });
    const goodsId = added.data!.addGoods.id;
    const before = await rowCounts();
    const writes: [string, Record<string, unknown>][] = [
      [
        `mutation($input: SetPointsRateInput!) { setPointsRate(input: $input) { pointsPerHour } }`,
        { input: { unitId: stationId, pointsPerHour: 20 } },
      ],
      [
        `mutation($input: AwardPointsInput!) { awardPoints(input: $input) { id } }`,
        { input: { volunteerId, unitId: stationId, points: 50, reason: '测试奖励' } },
      ],
      [OPEN, { input: { orgUnitId: stationId, name: '越权超市', kind: 'SHOP' } }],
      [ADD_GOODS, { input: { exchangeId, name: '毛巾', category: 'DAILY_NECESSITIES', pointsPrice: 20, stock: 5 } }],
      [`mutation($input: RestockGoodsInput!) { restockGoods(input: $input) { stock } }`, { input: { goodsId, quantity: 5, note: '补货' } }],
      [REDEEM, { input: { volunteerId, goodsId, quantity: 1, idempotencyKey: 'out-of-scope' } }],
    ];
    for (const caller of [TONGCHUAN_ADMIN, TONGCHUAN_OPERATOR, ANALYST]) {
      for (const [query, variables] of writes) {
        const res = await gql(caller, query, variables);
        expect({ caller: caller.subject, query, code: codeOf(res) }).toEqual({ caller: caller.subject, query, code: 'FORBIDDEN' });
      }
    }
    const anonymous = await gql({ role: 'ANONYMOUS' }, REDEEM, { input: { volunteerId, goodsId, quantity: 1, idempotencyKey: 'anon' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
  }, 60000);

  it('writes each write to the audit log with who did it', async () => {
    const { stationId, volunteerId } = await huidongStationVolunteer(100);
    const awarded = await gql(HUIDONG_ADMIN, `mutation($input: AwardPointsInput!) { awardPoints(input: $input) { id points } }`, {
      input: { volunteerId, unitId: stationId, points: 30, reason: '防汛值守表现突出' },
    });
    expect(awarded.errors).toBeUndefined();
    const audit = await gql(
      ADMIN,
      `query($f: AuditLogFilter) { auditLog(first: 5, filter: $f) { edges { node { actor role actorOrgUnit action } } } }`,
      { f: { action: 'awardPoints', actor: 'huidong-admin' } },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { actor: 'huidong-admin', role: 'ORG_ADMIN', actorOrgUnit: '513426-ZX', action: 'awardPoints' },
    ]);
  });
});

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM volunteers.points_entry) AS entries, (SELECT count(*)::int FROM volunteers.points_rate) AS rates,
            (SELECT count(*)::int FROM volunteers.points_exchange) AS exchanges, (SELECT count(*)::int FROM volunteers.exchange_goods) AS goods,
            (SELECT sum(stock)::int FROM volunteers.exchange_goods) AS stock, (SELECT count(*)::int FROM volunteers.points_redemption) AS redemptions`,
  );
  return row;
}
