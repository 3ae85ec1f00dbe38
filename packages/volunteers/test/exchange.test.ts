import { createScratchDatabase, scopedIdentity, startSubgraphHarness, TEST_IDENTITIES, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { accountsOffTheLedger, lastAuditEntry } from './support/recount';

let h: SubgraphHarness;
let institute: { id: number; code: string };
let otherInstitute: { id: number; code: string };
let county: { id: number };
let shopper: string;
let poor: string;
let operator: Identity;
let shopperToken: Identity;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  [institute, otherInstitute] = await h.sql<{ id: number; code: string }>(
    `SELECT i.id, i.code FROM ${UNIT_TREE} i WHERE i.level = 'INSTITUTE' AND i.code LIKE '513426%'
       AND NOT EXISTS (SELECT 1 FROM volunteers.points_exchange x JOIN ${UNIT_TREE} u ON u.id = x.org_unit_id WHERE u.path LIKE i.path || '%')
     ORDER BY i.id LIMIT 2`,
  );
  [county] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  const people = await h.sql<{ id: number }>(
    `SELECT v.id FROM volunteers.volunteer v JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id JOIN ${UNIT_TREE} i ON i.id = $1
     WHERE home.path LIKE i.path || '%' AND NOT EXISTS (SELECT 1 FROM volunteers.points_entry e WHERE e.volunteer_id = v.id)
     ORDER BY v.id LIMIT 2`,
    [institute.id],
  );
  [shopper, poor] = people.map((p) => String(p.id));
  operator = scopedIdentity('OPERATOR', institute.code);
  shopperToken = { subject: `v-${shopper}`, role: 'VOLUNTEER', volunteerId: shopper };
  const award = await h.gql(`mutation($i: AwardPointsInput!) { awardPoints(input: $i) { id } }`, {
    i: { volunteerId: shopper, unitId: String(institute.id), points: 500, reason: '文明实践积极分子' },
  });
  expect(award.errors).toBeUndefined();
}, 120000);
afterAll(() => h?.stop());

const EXCHANGE = `id name kind address openingNote open closedAt closeReason version orgUnit { id }`;
const GOODS = `id name category pointsPrice stock retired version`;
const REDEMPTION = `id quantity unitPrice points channel status handedOverAt cancelledAt cancelReason volunteer { id } goods { id } exchange { id }`;

const OPEN = `mutation($i: OpenExchangeInput!) { openExchange(input: $i) { ${EXCHANGE} } }`;
const ADD = `mutation($i: AddGoodsInput!) { addGoods(input: $i) { ${GOODS} } }`;
const REDEEM = `mutation($i: RedeemGoodsInput!) { redeemGoods(input: $i) { ${REDEMPTION} } }`;
const ORDER = `mutation($i: OrderGoodsInput!) { orderGoods(input: $i) { ${REDEMPTION} } }`;
const HAND_OVER = `mutation($id: ID!) { handOverRedemption(id: $id) { ${REDEMPTION} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelRedemption(id: $id, reason: $reason) { ${REDEMPTION} } }`;

let exchange: { id: string; version: number };
const goods: Record<string, { id: string; version: number; pointsPrice: number }> = {};

const balanceOf = async (volunteerId: string) =>
  Number(
    (
      await h.sql<{ b: string }>(`SELECT coalesce((SELECT balance FROM volunteers.points_account WHERE volunteer_id = $1), 0) AS b`, [
        Number(volunteerId),
      ])
    )[0].b,
  );
const stockOf = async (goodsId: string) =>
  (await h.sql<{ stock: number }>(`SELECT stock FROM volunteers.exchange_goods WHERE id = $1`, [Number(goodsId)]))[0].stock;
const rowCounts = async () =>
  (
    await h.sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM volunteers.points_exchange) AS exchanges, (SELECT count(*)::int FROM volunteers.exchange_goods) AS goods,
              (SELECT sum(stock)::int FROM volunteers.exchange_goods) AS stock, (SELECT count(*)::int FROM volunteers.points_redemption) AS redemptions,
              (SELECT count(*)::int FROM volunteers.points_entry) AS entries, (SELECT count(*)::int FROM audit.entry) AS audit`,
    )
  )[0];

describe('running an exchange (爱心超市)', () => {
  it('an OPERATOR opens one at its institute, shelves, restocks, reprices and retires goods; each step audited', async () => {
    const opened = await h.gqlAs(operator, OPEN, {
      i: {
        orgUnitId: String(institute.id),
        name: ' 铅锌镇爱心超市 ',
        kind: 'SHOP',
        address: '铅锌镇新时代文明实践所',
        openingNote: '每周六 9:00–17:00',
      },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openExchange).toMatchObject({
      name: '铅锌镇爱心超市',
      open: true,
      version: 1,
      orgUnit: { id: String(institute.id) },
    });
    exchange = opened.data!.openExchange;
    expect(await lastAuditEntry(h, 'openExchange', exchange.id)).toMatchObject({ actor: operator.subject });

    for (const [key, name, category, pointsPrice, stock] of [
      ['rice', '大米（5公斤）', 'GRAIN_AND_OIL', 150, 5],
      ['toothpaste', '牙膏', 'DAILY_NECESSITIES', 20, 10],
      ['cup', '保温杯', 'DAILY_NECESSITIES', 300, 1],
    ] as const) {
      const added = await h.gqlAs(operator, ADD, { i: { exchangeId: exchange.id, name, category, pointsPrice, stock } });
      expect(added.errors).toBeUndefined();
      expect(added.data!.addGoods).toMatchObject({ name, pointsPrice, stock, retired: false });
      goods[key] = added.data!.addGoods;
    }

    const restocked = await h.gqlAs(operator, `mutation($i: RestockGoodsInput!) { restockGoods(input: $i) { ${GOODS} } }`, {
      i: { goodsId: goods.rice.id, quantity: 10, note: '县慈善会捐赠' },
    });
    expect(restocked.data!.restockGoods).toMatchObject({ stock: 15, version: 1 });
    expect(await lastAuditEntry(h, 'restockGoods', goods.rice.id)).toMatchObject({
      reason: '县慈善会捐赠',
      changes: { stock: { from: 5, to: 15 } },
    });

    const UPDATE = `mutation($i: UpdateGoodsInput!) { updateGoods(input: $i) { ${GOODS} } }`;
    const repriced = await h.gqlAs(operator, UPDATE, { i: { id: goods.toothpaste.id, expectedVersion: 1, pointsPrice: 25 } });
    expect(repriced.data!.updateGoods).toMatchObject({ pointsPrice: 25, version: 2 });
    goods.toothpaste = repriced.data!.updateGoods;
    expect(await lastAuditEntry(h, 'updateGoods', goods.toothpaste.id)).toMatchObject({ changes: { pointsPrice: { from: 20, to: 25 } } });
    const stale = await h.gqlAs(operator, UPDATE, { i: { id: goods.toothpaste.id, expectedVersion: 1, pointsPrice: 30 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const retired = await h.gqlAs(operator, `mutation($i: RetireGoodsInput!) { retireGoods(input: $i) { ${GOODS} } }`, {
      i: { id: goods.cup.id, expectedVersion: 1, reason: '厂家停产' },
    });
    expect(retired.data!.retireGoods).toMatchObject({ retired: true });
    expect(await lastAuditEntry(h, 'retireGoods', goods.cup.id)).toMatchObject({ reason: '厂家停产' });

    const shelf = await h.gql(
      `query($id: ID!, $g: ID!) { pointsExchange(id: $id) { offered: goods { name stock } all: goods(includeRetired: true) { name } }
         exchangeGoods(id: $g) { name exchange { id } } }`,
      { id: exchange.id, g: goods.rice.id },
    );
    expect(shelf.data!.pointsExchange.offered).toEqual([
      { name: '大米（5公斤）', stock: 15 },
      { name: '牙膏', stock: 10 },
    ]);
    expect(shelf.data!.pointsExchange.all).toHaveLength(3);
    expect(shelf.data!.exchangeGoods).toEqual({ name: '大米（5公斤）', exchange: { id: exchange.id } });
  });

  it('lists it among the exchanges of its institute and of the county, in the order asked', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit {
         mine: exchanges(scope: SELF) { totalCount edges { node { id } } }
         all: exchanges(first: 20, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { id name kind } } } } } }`,
      { r: [institute.id, county.id].map((id) => ({ __typename: 'OrgUnit', id: String(id) })) },
    );
    expect(res.errors).toBeUndefined();
    const [atInstitute, atCounty] = res.data!._entities;
    expect(atInstitute.mine.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([exchange.id]);
    expect(atCounty.mine.totalCount).toBe(0);
    const names = atCounty.all.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('铅锌镇爱心超市');
    expect(names).toEqual([...names].sort());
    expect(atCounty.all.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(
      expect.arrayContaining(['SHOP', 'VENDING_MACHINE', 'MOBILE']),
    );
  });

  it('updates on the version read, closes with a reason and reopens; a stale version or closing twice is a CONFLICT', async () => {
    const UPDATE = `mutation($i: UpdateExchangeInput!) { updateExchange(input: $i) { ${EXCHANGE} } }`;
    const updated = await h.gqlAs(operator, UPDATE, { i: { id: exchange.id, expectedVersion: 1, openingNote: '每周三、周六 9:00–17:00' } });
    expect(updated.data!.updateExchange).toMatchObject({ openingNote: '每周三、周六 9:00–17:00', version: 2 });
    const stale = await h.gqlAs(operator, UPDATE, { i: { id: exchange.id, expectedVersion: 1, name: '旧名' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const CLOSE = `mutation($i: CloseExchangeInput!) { closeExchange(input: $i) { ${EXCHANGE} } }`;
    const closed = await h.gqlAs(operator, CLOSE, { i: { id: exchange.id, expectedVersion: 2, reason: '盘点' } });
    expect(closed.data!.closeExchange).toMatchObject({ open: false, closeReason: '盘点', version: 3 });
    expect(
      (await h.gqlAs(operator, CLOSE, { i: { id: exchange.id, expectedVersion: 3, reason: '再次' } })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const redeem = await h.gqlAs(operator, REDEEM, {
      i: { volunteerId: shopper, goodsId: goods.rice.id, quantity: 1, idempotencyKey: 'closed' },
    });
    expect(redeem.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/closed/) });
    const reopened = await h.gqlAs(operator, `mutation($i: ReopenExchangeInput!) { reopenExchange(input: $i) { ${EXCHANGE} } }`, {
      i: { id: exchange.id, expectedVersion: 3 },
    });
    expect(reopened.data!.reopenExchange).toMatchObject({ open: true, closedAt: null, closeReason: null, version: 4 });
    expect(await lastAuditEntry(h, 'closeExchange', exchange.id)).toMatchObject({ reason: '盘点' });
    expect(await lastAuditEntry(h, 'reopenExchange', exchange.id)).toBeDefined();
  });

  it.each([
    [
      'a unit that is not an institute or a station',
      () => TEST_IDENTITIES.ADMIN,
      () => ({ orgUnitId: String(county.id) }),
      'BAD_USER_INPUT',
    ],
    ['an OPERATOR of another institute', () => scopedIdentity('OPERATOR', otherInstitute.code), () => ({}), 'FORBIDDEN'],
    ['PROPAGANDA of the institute (no exchange:write)', () => scopedIdentity('PROPAGANDA', institute.code), () => ({}), 'FORBIDDEN'],
    ['an ANALYST', () => TEST_IDENTITIES.ANALYST, () => ({}), 'FORBIDDEN'],
    ['an anonymous caller', () => TEST_IDENTITIES.ANONYMOUS, () => ({}), 'UNAUTHENTICATED'],
  ])('refuses to open or stock an exchange for %s, writing nothing', async (_label, identity, override, code) => {
    const before = await rowCounts();
    const opened = await h.gqlAs(identity(), OPEN, {
      i: { orgUnitId: String(institute.id), name: '爱心超市', kind: 'SHOP', ...override() },
    });
    expect(opened.errors?.[0]?.extensions?.code).toBe(code);
    if (code !== 'BAD_USER_INPUT') {
      const added = await h.gqlAs(identity(), ADD, {
        i: { exchangeId: exchange.id, name: '毛巾', category: 'DAILY_NECESSITIES', pointsPrice: 25, stock: 5 },
      });
      expect(added.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses goods without a price or with a negative stock', async () => {
    for (const [field, value] of [
      ['pointsPrice', 0],
      ['stock', -1],
    ] as const) {
      const res = await h.gqlAs(operator, ADD, {
        i: { exchangeId: exchange.id, name: '毛巾', category: 'DAILY_NECESSITIES', pointsPrice: 25, stock: 5, [field]: value },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: `input.${field}` });
    }
  });
});

describe('redeeming points for goods (积分兑换)', () => {
  let counter: { id: string };
  let handedOver: { id: string };

  it('staff redeem at the counter: handed over at once, points and stock taken, SPENT booked at the exchange’s unit', async () => {
    const res = await h.gqlAs(operator, REDEEM, {
      i: { volunteerId: shopper, goodsId: goods.toothpaste.id, quantity: 2, idempotencyKey: 'counter-1' },
    });
    expect(res.errors).toBeUndefined();
    counter = res.data!.redeemGoods;
    expect(counter).toMatchObject({
      quantity: 2,
      unitPrice: 25,
      points: 50,
      channel: 'COUNTER',
      status: 'HANDED_OVER',
      volunteer: { id: shopper },
    });
    expect(await balanceOf(shopper)).toBe(450);
    expect(await stockOf(goods.toothpaste.id)).toBe(8);
    const [entry] = await h.sql<{ kind: string; points: string; unit_id: number; reason: string }>(
      `SELECT kind, points, unit_id, reason FROM volunteers.points_entry WHERE redemption_id = $1`,
      [Number(counter.id)],
    );
    expect(entry).toEqual({ kind: 'SPENT', points: '-50.00', unit_id: institute.id, reason: '牙膏 × 2' });
    expect(await lastAuditEntry(h, 'redeemGoods', counter.id)).toMatchObject({ actor: operator.subject });
  });

  it('returns the first redemption for a repeated key, and refuses the key with other content', async () => {
    const again = await h.gqlAs(operator, REDEEM, {
      i: { volunteerId: shopper, goodsId: goods.toothpaste.id, quantity: 2, idempotencyKey: 'counter-1' },
    });
    expect(again.data!.redeemGoods.id).toBe(counter.id);
    const other = await h.gqlAs(operator, REDEEM, {
      i: { volunteerId: shopper, goodsId: goods.toothpaste.id, quantity: 1, idempotencyKey: 'counter-1' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await balanceOf(shopper)).toBe(450);
    expect(await stockOf(goods.toothpaste.id)).toBe(8);
  });

  it('a volunteer orders for itself; staff hand it over once', async () => {
    const ordered = await h.gqlAs(shopperToken, ORDER, { i: { goodsId: goods.rice.id, quantity: 1, idempotencyKey: 'order-1' } });
    expect(ordered.errors).toBeUndefined();
    handedOver = ordered.data!.orderGoods;
    expect(handedOver).toMatchObject({ status: 'ORDERED', channel: 'ORDER', points: 150, handedOverAt: null, volunteer: { id: shopper } });
    expect(await balanceOf(shopper)).toBe(300);
    expect(await stockOf(goods.rice.id)).toBe(14);
    const done = await h.gqlAs(operator, HAND_OVER, { id: handedOver.id });
    expect(done.data!.handOverRedemption).toMatchObject({ status: 'HANDED_OVER' });
    expect(done.data!.handOverRedemption.handedOverAt).toMatch(/\+08:00$/);
    expect((await h.gqlAs(operator, HAND_OVER, { id: handedOver.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await lastAuditEntry(h, 'orderGoods', handedOver.id)).toMatchObject({ actor: shopperToken.subject });
    expect(await lastAuditEntry(h, 'handOverRedemption', handedOver.id)).toMatchObject({ actor: operator.subject });
  });

  it('cancels: the volunteer its own order, staff one whose goods came back; points refunded, stock back, each once', async () => {
    const ordered = await h.gqlAs(shopperToken, ORDER, { i: { goodsId: goods.rice.id, quantity: 1, idempotencyKey: 'order-2' } });
    const order = ordered.data!.orderGoods;
    expect(await balanceOf(shopper)).toBe(150);
    const stranger: Identity = { subject: `v-${poor}`, role: 'VOLUNTEER', volunteerId: poor };
    expect((await h.gqlAs(stranger, CANCEL, { id: order.id, reason: '不要了' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelled = await h.gqlAs(shopperToken, CANCEL, { id: order.id, reason: ' 外出务工，暂不领取 ' });
    expect(cancelled.data!.cancelRedemption).toMatchObject({ status: 'CANCELLED', cancelReason: '外出务工，暂不领取' });
    expect(await balanceOf(shopper)).toBe(300);
    expect(await stockOf(goods.rice.id)).toBe(14);
    expect((await h.gqlAs(shopperToken, CANCEL, { id: order.id, reason: '再次' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect((await h.gqlAs(shopperToken, CANCEL, { id: handedOver.id, reason: '退货' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const returned = await h.gqlAs(operator, CANCEL, { id: handedOver.id, reason: '大米受潮，退回' });
    expect(returned.data!.cancelRedemption).toMatchObject({ status: 'CANCELLED' });
    expect(await balanceOf(shopper)).toBe(450);
    expect(await stockOf(goods.rice.id)).toBe(15);
    const refunds = await h.sql<{ points: string; reason: string }>(
      `SELECT points, reason FROM volunteers.points_entry WHERE kind = 'REFUNDED' AND volunteer_id = $1 ORDER BY id`,
      [Number(shopper)],
    );
    expect(refunds).toEqual([
      { points: '150.00', reason: '外出务工，暂不领取' },
      { points: '150.00', reason: '大米受潮，退回' },
    ]);
    expect(await lastAuditEntry(h, 'cancelRedemption', handedOver.id)).toMatchObject({
      reason: '大米受潮，退回',
      changes: { status: { from: 'HANDED_OVER', to: 'CANCELLED' } },
    });
  });

  it.each([
    ['no items', () => operator, () => ({ quantity: 0 }), 'BAD_USER_INPUT', /quantity/],
    ['unknown goods', () => operator, () => ({ goodsId: '99999999' }), 'NOT_FOUND', /goods/],
    ['goods off the shelf', () => operator, () => ({ goodsId: goods.cup.id }), 'CONFLICT', /off the shelf/],
    ['more than the stock', () => operator, () => ({ goodsId: goods.rice.id, quantity: 16 }), 'CONFLICT', /out of stock/],
    ['more than the balance', () => operator, () => ({ volunteerId: poor }), 'CONFLICT', /not enough points \(balance 0, price 25\)/],
    ['an OPERATOR of another institute', () => scopedIdentity('OPERATOR', otherInstitute.code), () => ({}), 'FORBIDDEN', /subtree/],
    [
      'PROPAGANDA of the institute (no points:redeem)',
      () => scopedIdentity('PROPAGANDA', institute.code),
      () => ({}),
      'FORBIDDEN',
      /may not/,
    ],
    ['an ANALYST', () => TEST_IDENTITIES.ANALYST, () => ({}), 'FORBIDDEN', /may not/],
    ['an anonymous caller', () => TEST_IDENTITIES.ANONYMOUS, () => ({}), 'UNAUTHENTICATED', /sign in/],
  ])('refuses a counter redemption of %s, writing nothing', async (_label, identity, override, code, message) => {
    const before = await rowCounts();
    const res = await h.gqlAs(identity(), REDEEM, {
      i: {
        volunteerId: shopper,
        goodsId: goods.toothpaste.id,
        quantity: 1,
        idempotencyKey: `refused-${code}-${Math.random()}`,
        ...override(),
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await rowCounts()).toEqual(before);
  });

  it('lets only a volunteer order for itself', async () => {
    const before = await rowCounts();
    const input = { i: { goodsId: goods.toothpaste.id, quantity: 1, idempotencyKey: 'staff-order' } };
    expect((await h.gqlAs(operator, ORDER, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gqlAs(TEST_IDENTITIES.ANONYMOUS, ORDER, input)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const zero = await h.gqlAs(shopperToken, ORDER, { i: { ...input.i, quantity: -1 } });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.quantity' });
    expect(await rowCounts()).toEqual(before);
  });

  it('shows redemptions to the volunteer and to staff of the subtree, and to nobody else', async () => {
    const MINE = `query($v: ID!) { volunteer(id: $v) { redemptions(orderBy: { field: ID, direction: ASC }) { totalCount edges { node { id status } } } } }`;
    const mine = await h.gqlAs(shopperToken, MINE, { v: shopper });
    expect(mine.data!.volunteer.redemptions.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
      'HANDED_OVER',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect((await h.gqlAs(operator, MINE, { v: shopper })).data!.volunteer.redemptions.totalCount).toBe(3);
    expect((await h.gqlAs(scopedIdentity('OPERATOR', otherInstitute.code), MINE, { v: shopper })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await h.gqlAs(TEST_IDENTITIES.ANALYST, MINE, { v: shopper })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const AT_EXCHANGE = `query($id: ID!) { pointsExchange(id: $id) { redemptions(status: CANCELLED) { totalCount } } }`;
    expect((await h.gqlAs(operator, AT_EXCHANGE, { id: exchange.id })).data!.pointsExchange.redemptions.totalCount).toBe(2);
    expect(
      (await h.gqlAs(scopedIdentity('OPERATOR', otherInstitute.code), AT_EXCHANGE, { id: exchange.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const ONE = `query($id: ID!) { pointsRedemption(id: $id) { id points } }`;
    expect((await h.gqlAs(shopperToken, ONE, { id: counter.id })).data!.pointsRedemption).toEqual({ id: counter.id, points: 50 });
    const stranger: Identity = { subject: `v-${poor}`, role: 'VOLUNTEER', volunteerId: poor };
    expect((await h.gqlAs(stranger, ONE, { id: counter.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts what was spent at the institute’s exchanges today, net of cancellations; every account equals its ledger', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const res = await h.gql(
      `query($r: [_Any!]!, $d: Date!) { _entities(representations: $r) { ... on OrgUnit { points(from: $d, to: $d) { spent redemptionCount } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(institute.id) }], d: today },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].points).toEqual({ spent: 50, redemptionCount: 1 });
    expect(await accountsOffTheLedger(h)).toEqual([]);
  });
});
