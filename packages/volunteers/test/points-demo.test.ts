import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { accountsOffTheLedger } from './support/recount';

/** Huidong's points and exchanges in the demo data, as an analyst would check them against the rows. */
let h: SubgraphHarness;
let countyId: number;

const HUIDONG_VOLUNTEERS = `(SELECT v.id, v.home_unit_id FROM volunteers.volunteer v JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id
  JOIN ${UNIT_TREE} c ON c.code = '513426-ZX' WHERE home.path LIKE c.path || '%')`;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  [{ id: countyId }] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
}, 120000);
afterAll(() => h?.stop());

describe('the points demo data (积分制)', () => {
  it('sets Huidong’s 10 points an hour explicitly', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { pointsRate { pointsPerHour isDefault ruleUnit { id } } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(countyId) }] },
    );
    expect(res.data!._entities[0].pointsRate).toEqual({ pointsPerHour: 10, isDefault: false, ruleUnit: { id: String(countyId) } });
  });

  it('holds for every Huidong volunteer: balance = 10 × approved hours + bonuses − spent (net of refunds)', async () => {
    const [row] = await h.sql<{ volunteers: number; off: number; with_points: number; spenders: number; bonused: number }>(
      `WITH hours AS (SELECT volunteer_id, sum(hours) AS hours FROM volunteers.service_record WHERE status = 'APPROVED' GROUP BY volunteer_id),
            bonus AS (SELECT volunteer_id, sum(points) AS points FROM volunteers.points_entry WHERE kind = 'BONUS' GROUP BY volunteer_id),
            spent AS (SELECT volunteer_id, sum(points) AS points FROM volunteers.points_redemption WHERE status <> 'CANCELLED' GROUP BY volunteer_id)
       SELECT count(*)::int AS volunteers,
              count(*) FILTER (WHERE coalesce(a.balance, 0) <> 10 * coalesce(hours.hours, 0) + coalesce(bonus.points, 0) - coalesce(spent.points, 0))::int AS off,
              count(*) FILTER (WHERE a.balance > 0)::int AS with_points,
              count(spent.volunteer_id)::int AS spenders, count(bonus.volunteer_id)::int AS bonused
       FROM ${HUIDONG_VOLUNTEERS} v
       LEFT JOIN volunteers.points_account a ON a.volunteer_id = v.id
       LEFT JOIN hours ON hours.volunteer_id = v.id LEFT JOIN bonus ON bonus.volunteer_id = v.id LEFT JOIN spent ON spent.volunteer_id = v.id`,
    );
    expect(row.volunteers).toBe(90000);
    expect(row.off).toBe(0);
    expect(row.with_points).toBeGreaterThan(30000);
    expect(row.spenders).toBeGreaterThan(200);
    expect(row.bonused).toBeGreaterThan(40);
    expect(await accountsOffTheLedger(h)).toEqual([]);
  });

  it('has exchanges at several institutes and a village vending machine, goods of 20–300 points, redemptions in 2021 only', async () => {
    const exchanges = await h.sql<{ kind: string; level: string; goods: number; min_price: number; max_price: number }>(
      `SELECT x.kind, u.level, count(g.id)::int AS goods, min(g.points_price) AS min_price, max(g.points_price) AS max_price
       FROM volunteers.points_exchange x JOIN ${UNIT_TREE} u ON u.id = x.org_unit_id JOIN volunteers.exchange_goods g ON g.exchange_id = x.id
       GROUP BY x.id, x.kind, u.level`,
    );
    expect(exchanges.filter((x) => x.kind === 'SHOP' && x.level === 'INSTITUTE').length).toBeGreaterThanOrEqual(3);
    expect(exchanges.filter((x) => x.kind === 'VENDING_MACHINE' && x.level === 'STATION')).toHaveLength(1);
    expect(exchanges.every((x) => x.goods >= 4 && x.min_price >= 20 && x.max_price <= 300)).toBe(true);

    const statuses = await h.sql<{ status: string; n: number; first: Date; last: Date }>(
      `SELECT status, count(*)::int AS n, min(ordered_at) AS first, max(ordered_at) AS last FROM volunteers.points_redemption GROUP BY status`,
    );
    const count = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(count.HANDED_OVER).toBeGreaterThan(200);
    expect(count.ORDERED).toBeGreaterThanOrEqual(3);
    expect(count.CANCELLED).toBe(2);
    for (const s of statuses) {
      expect(s.first.getTime()).toBeGreaterThanOrEqual(Date.parse('2021-01-01T00:00:00+08:00'));
      expect(s.last.getTime()).toBeLessThan(Date.parse('2022-01-01T00:00:00+08:00'));
    }
    const [{ refunds }] = await h.sql<{ refunds: number }>(
      `SELECT count(*)::int AS refunds FROM volunteers.points_entry e JOIN volunteers.points_redemption r ON r.id = e.redemption_id
       WHERE e.kind = 'REFUNDED' AND r.status = 'CANCELLED' AND e.points = r.points`,
    );
    expect(refunds).toBe(2);
  });

  it('spends only points already earned: no demo volunteer’s balance is ever below zero along the ledger', async () => {
    const [{ lowest }] = await h.sql<{ lowest: string }>(
      `SELECT min(running) AS lowest FROM (
         SELECT sum(points) OVER (PARTITION BY volunteer_id ORDER BY booked_at, id) AS running FROM volunteers.points_entry
       ) ledger`,
    );
    expect(Number(lowest)).toBeGreaterThanOrEqual(0);
  });

  it('shows the county’s 2021 points as a recount from the rows gives them', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit {
         points(from: "2021-01-01", to: "2021-12-31") { earned bonuses spent redemptionCount outstanding pointsPerHour } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(countyId) }] },
    );
    expect(res.errors).toBeUndefined();
    const [recount] = await h.sql<{ earned: string; bonuses: string; spent: string; redemptions: number; outstanding: string }>(
      `SELECT (SELECT 10 * sum(r.hours) FROM volunteers.service_record r JOIN ${HUIDONG_VOLUNTEERS} v ON v.id = r.volunteer_id
               WHERE r.status = 'APPROVED' AND coalesce(r.reviewed_at, r.created_at) >= timestamptz '2021-01-01 00:00+08'
                 AND coalesce(r.reviewed_at, r.created_at) < timestamptz '2022-01-01 00:00+08') AS earned,
              (SELECT sum(points) FROM volunteers.points_entry WHERE kind = 'BONUS') AS bonuses,
              (SELECT sum(points) FROM volunteers.points_redemption WHERE status <> 'CANCELLED') AS spent,
              (SELECT count(*)::int FROM volunteers.points_redemption WHERE status <> 'CANCELLED') AS redemptions,
              (SELECT sum(a.balance) FROM volunteers.points_account a JOIN ${HUIDONG_VOLUNTEERS} v ON v.id = a.volunteer_id) AS outstanding`,
    );
    expect(res.data!._entities[0].points).toEqual({
      earned: Number(recount.earned),
      bonuses: Number(recount.bonuses),
      spent: Number(recount.spent),
      redemptionCount: recount.redemptions,
      outstanding: Number(recount.outstanding),
      pointsPerHour: 10,
    });
  });

  it('is rebuilt from the rows as the triggers built it, for bulk loads that bypass them', async () => {
    const accounts = () => h.sql(`SELECT volunteer_id, balance, earned, bonus, spent FROM volunteers.points_account ORDER BY volunteer_id`);
    const before = await accounts();
    const [{ entries }] = await h.sql<{ entries: number }>(`SELECT count(*)::int AS entries FROM volunteers.points_entry`);
    await h.sql(`SELECT volunteers.rebuild_points_ledger()`);
    expect(await accounts()).toEqual(before);
    expect((await h.sql<{ entries: number }>(`SELECT count(*)::int AS entries FROM volunteers.points_entry`))[0].entries).toBe(entries);
    await expect(h.sql(`DELETE FROM volunteers.points_entry WHERE kind = 'BONUS'`)).rejects.toThrow(/append-only/);
  });
});
