import { createScratchDatabase, scopedIdentity, startSubgraphHarness, TEST_IDENTITIES, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { accountsOffTheLedger, lastAuditEntry } from './support/recount';

let h: SubgraphHarness;
let volunteerId: string;
let station: { id: number; code: string };
let institute: { id: number; code: string };
let otherInstitute: { id: number; code: string };
let county: { id: number; code: string };

const COUNTY_ADMIN: Identity = { subject: 'county-admin', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number; station_id: number; station_code: string; institute_id: number; institute_code: string }>(
    `SELECT v.id, s.id AS station_id, s.code AS station_code, i.id AS institute_id, i.code AS institute_code
     FROM volunteers.volunteer v JOIN ${UNIT_TREE} s ON s.id = v.home_unit_id JOIN ${UNIT_TREE} i ON i.id = s.parent_id
     WHERE s.level = 'STATION' AND s.code LIKE '513426%' AND v.total_service_hours = 0
       AND NOT EXISTS (SELECT 1 FROM volunteers.service_record r WHERE r.volunteer_id = v.id)
       AND NOT EXISTS (SELECT 1 FROM volunteers.points_entry e WHERE e.volunteer_id = v.id)
     ORDER BY v.id LIMIT 1`,
  );
  volunteerId = String(row.id);
  station = { id: row.station_id, code: row.station_code };
  institute = { id: row.institute_id, code: row.institute_code };
  [otherInstitute] = await h.sql<{ id: number; code: string }>(
    `SELECT id, code FROM ${UNIT_TREE} WHERE level = 'INSTITUTE' AND code LIKE '513426%' AND id <> $1 ORDER BY id LIMIT 1`,
    [institute.id],
  );
  [county] = await h.sql<{ id: number; code: string }>(`SELECT id, code FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
}, 120000);
afterAll(() => h?.stop());

const at = (day: number, hour: number) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id version hours } }`;
const CORRECT = `mutation($i: CorrectServiceRecordInput!) { correctServiceRecord(input: $i) { id version hours } }`;
const VOID = `mutation($i: VoidServiceRecordInput!) { voidServiceRecord(input: $i) { id version status } }`;
const SET_RATE = `mutation($i: SetPointsRateInput!) { setPointsRate(input: $i) { pointsPerHour isDefault ruleUnit { id } } }`;
const AWARD = `mutation($i: AwardPointsInput!) { awardPoints(input: $i) { id kind points reason unit { id } volunteer { id } } }`;
const POINTS = `query($v: ID!) { volunteer(id: $v) { points { balance earned bonus spent
  entries(first: 100, orderBy: { field: ID, direction: ASC }) { totalCount edges { node { kind points rate reason unit { id } serviceRecord { id } } } } } } }`;

interface Entry {
  kind: string;
  points: number;
  rate: number | null;
  reason: string | null;
  unit: { id: string } | null;
  serviceRecord: { id: string } | null;
}

async function record(day: number, from: number, to: number) {
  const res = await h.gql(RECORD, { i: { volunteerId, startedAt: at(day, from), endedAt: at(day, to) } });
  expect(res.errors).toBeUndefined();
  return res.data!.recordService as { id: string; version: number; hours: number };
}

interface Account {
  balance: number;
  earned: number;
  bonus: number;
  spent: number;
  entries: Entry[];
}

async function points(identity: Identity = TEST_IDENTITIES.ADMIN): Promise<Account> {
  const res = await h.gqlAs(identity, POINTS, { v: volunteerId });
  expect(res.errors).toBeUndefined();
  const account = res.data!.volunteer.points;
  return { ...account, entries: account.entries.edges.map((e: { node: Entry }) => e.node) };
}

/** The test's volunteer acting for itself. */
const itself = (): Identity => ({ subject: 'v', role: 'VOLUNTEER', volunteerId });

const entriesOf = async (recordId: string) => (await points()).entries.filter((e) => e.serviceRecord?.id === recordId);
const rowCounts = async () =>
  (
    await h.sql<{ entries: number; rates: number; audit: number }>(
      `SELECT (SELECT count(*)::int FROM volunteers.points_entry) AS entries, (SELECT count(*)::int FROM volunteers.points_rate) AS rates,
              (SELECT count(*)::int FROM audit.entry) AS audit`,
    )
  )[0];

describe('points earned by service (服务积分)', () => {
  let first: { id: string; version: number };

  it('recordService earns 10 points an hour, booked at the volunteer’s home unit; the balance follows', async () => {
    first = await record(3, 9, 12);
    const account = await points();
    expect(account).toMatchObject({ balance: 30, earned: 30, bonus: 0, spent: 0 });
    expect(account.entries).toEqual([
      { kind: 'EARNED', points: 30, rate: 10, reason: null, unit: { id: String(station.id) }, serviceRecord: { id: first.id } },
    ]);
  });

  it('a corrected approved record books the difference (ADJUSTED), the first entry untouched', async () => {
    const res = await h.gql(CORRECT, { i: { id: first.id, expectedVersion: first.version, hours: 2.5, reason: '签退时间录错' } });
    expect(res.errors).toBeUndefined();
    first = res.data!.correctServiceRecord;
    expect((await entriesOf(first.id)).map((e) => [e.kind, e.points])).toEqual([
      ['EARNED', 30],
      ['ADJUSTED', -5],
    ]);
    expect((await points()).balance).toBe(25);
  });

  it('voiding an approved record takes back every point it booked (REVERSED)', async () => {
    const res = await h.gql(VOID, { i: { id: first.id, expectedVersion: first.version, reason: '重复录入' } });
    expect(res.errors).toBeUndefined();
    expect((await entriesOf(first.id)).map((e) => [e.kind, e.points])).toEqual([
      ['EARNED', 30],
      ['ADJUSTED', -5],
      ['REVERSED', -25],
    ]);
    expect((await points()).balance).toBe(0);
  });

  it('approving a pending record earns its points; rejecting one earns nothing', async () => {
    const pending = await h.sql<{ id: number }>(
      `INSERT INTO volunteers.service_record (volunteer_id, started_at, ended_at, hours, description, status, recorded_by, created_at)
       VALUES ($1, $2, $3, 4, '自主申报', 'PENDING', 'v', now()), ($1, $4, $5, 2, '自主申报', 'PENDING', 'v', now()) RETURNING id`,
      [Number(volunteerId), at(5, 8), at(5, 12), at(6, 8), at(6, 10)],
    );
    expect(await entriesOf(String(pending[0].id))).toEqual([]);
    const approve = await h.gql(`mutation($id: ID!) { approveServiceRecord(id: $id) { status } }`, { id: String(pending[0].id) });
    const reject = await h.gql(`mutation($id: ID!) { rejectServiceRecord(id: $id, reason: "无签到记录") { status } }`, {
      id: String(pending[1].id),
    });
    expect([approve.errors, reject.errors]).toEqual([undefined, undefined]);
    expect((await entriesOf(String(pending[0].id))).map((e) => [e.kind, e.points])).toEqual([['EARNED', 40]]);
    expect(await entriesOf(String(pending[1].id))).toEqual([]);
    expect((await points()).balance).toBe(40);
  });

  it('a changed rate applies to points earned from then on; corrections and voids keep the rate a record earned at', async () => {
    const before = await record(7, 9, 11);
    expect((await entriesOf(before.id)).map((e) => [e.kind, e.points, e.rate])).toEqual([['EARNED', 20, 10]]);

    const set = await h.gqlAs(COUNTY_ADMIN, SET_RATE, {
      i: { unitId: String(county.id), pointsPerHour: 12, reason: '县文明委调整积分标准' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setPointsRate).toEqual({ pointsPerHour: 12, isDefault: false, ruleUnit: { id: String(county.id) } });
    expect(await lastAuditEntry(h, 'setPointsRate', county.id)).toMatchObject({
      actor: 'county-admin',
      reason: '县文明委调整积分标准',
      changes: { pointsPerHour: { from: 10, to: 12 } },
    });
    expect((await entriesOf(before.id)).map((e) => [e.kind, e.points])).toEqual([['EARNED', 20]]);

    const after = await record(8, 9, 11);
    expect((await entriesOf(after.id)).map((e) => [e.kind, e.points, e.rate])).toEqual([['EARNED', 24, 12]]);

    const corrected = await h.gql(CORRECT, { i: { id: before.id, expectedVersion: before.version, endedAt: at(7, 12), reason: '补录' } });
    expect(corrected.errors).toBeUndefined();
    const voided = await h.gql(VOID, {
      i: { id: before.id, expectedVersion: corrected.data!.correctServiceRecord.version, reason: '活动取消' },
    });
    expect(voided.errors).toBeUndefined();
    expect((await entriesOf(before.id)).map((e) => [e.kind, e.points, e.rate])).toEqual([
      ['EARNED', 20, 10],
      ['ADJUSTED', 10, 10],
      ['REVERSED', -30, 10],
    ]);
    expect((await points()).balance).toBe(40 + 24);
  });

  it('the nearest rule up the tree applies: an institute’s own rate for its subtree, the county’s elsewhere', async () => {
    const set = await h.gqlAs(COUNTY_ADMIN, SET_RATE, { i: { unitId: String(institute.id), pointsPerHour: 15 } });
    expect(set.errors).toBeUndefined();
    const [elsewhere] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE parent_id = $1 ORDER BY id LIMIT 1`, [
      otherInstitute.id,
    ]);
    const rates = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id pointsRate { pointsPerHour isDefault ruleUnit { id } } } } }`,
      { r: [station.id, elsewhere.id].map((id) => ({ __typename: 'OrgUnit', id: String(id) })) },
    );
    expect(rates.errors).toBeUndefined();
    expect(rates.data!._entities.map((e: { pointsRate: unknown }) => e.pointsRate)).toEqual([
      { pointsPerHour: 15, isDefault: false, ruleUnit: { id: String(institute.id) } },
      { pointsPerHour: 12, isDefault: false, ruleUnit: { id: String(county.id) } },
    ]);
    const later = await record(9, 9, 10);
    expect((await entriesOf(later.id)).map((e) => [e.kind, e.points, e.rate])).toEqual([['EARNED', 15, 15]]);
    const tongchuan = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { pointsRate { pointsPerHour isDefault ruleUnit { id } } } } }`,
      {
        r: [
          {
            __typename: 'OrgUnit',
            id: String((await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '610200-ZX'`))[0].id),
          },
        ],
      },
    );
    expect(tongchuan.data!._entities[0].pointsRate).toEqual({ pointsPerHour: 10, isDefault: true, ruleUnit: null });
  });

  it('keeps every account equal to the sum of its ledger, and the ledger append-only', async () => {
    expect(await accountsOffTheLedger(h)).toEqual([]);
    await expect(h.sql(`UPDATE volunteers.points_entry SET points = 1 WHERE volunteer_id = $1`, [Number(volunteerId)])).rejects.toThrow(
      /append-only/,
    );
    await expect(h.sql(`DELETE FROM volunteers.points_entry WHERE volunteer_id = $1`, [Number(volunteerId)])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('bonus points (奖励积分)', () => {
  it('awards points with a reason, booked at the awarding unit and audited; a repeated key awards once', async () => {
    const balance = (await points()).balance;
    const input = { volunteerId, unitId: String(institute.id), points: 50, reason: '防汛抢险突出表现', idempotencyKey: 'flood-2025' };
    const first = await h.gqlAs(COUNTY_ADMIN, AWARD, { i: input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.awardPoints).toMatchObject({
      kind: 'BONUS',
      points: 50,
      reason: '防汛抢险突出表现',
      unit: { id: String(institute.id) },
      volunteer: { id: volunteerId },
    });
    const again = await h.gqlAs(COUNTY_ADMIN, AWARD, { i: input });
    expect(again.data!.awardPoints.id).toBe(first.data!.awardPoints.id);
    const other = await h.gqlAs(COUNTY_ADMIN, AWARD, { i: { ...input, points: 80 } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await points()).toMatchObject({ balance: balance + 50, bonus: 50 });
    expect(await lastAuditEntry(h, 'awardPoints', first.data!.awardPoints.id)).toMatchObject({
      actor: 'county-admin',
      reason: '防汛抢险突出表现',
    });
  });

  it.each([
    [
      'an awarding unit neither the home unit nor above it',
      () => ({ unitId: String(otherInstitute.id) }),
      'BAD_USER_INPUT',
      'input.unitId',
    ],
    ['no points', () => ({ points: 0 }), 'BAD_USER_INPUT', 'input.points'],
    ['more than 1000 points', () => ({ points: 1001 }), 'BAD_USER_INPUT', 'input.points'],
    ['a blank reason', () => ({ reason: '  ' }), 'BAD_USER_INPUT', 'input.reason'],
    ['an unknown volunteer', () => ({ volunteerId: '99999999' }), 'NOT_FOUND', undefined],
  ])('refuses %s and writes nothing', async (_label, override, code, argument) => {
    const before = await rowCounts();
    const res = await h.gql(AWARD, { i: { volunteerId, unitId: String(county.id), points: 10, reason: '表彰', ...override() } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...(argument ? { argument } : {}) });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['an OPERATOR of the volunteer’s institute (no points:award)', () => scopedIdentity('OPERATOR', institute.code), 'FORBIDDEN'],
    ['an ORG_ADMIN of another institute', () => scopedIdentity('ORG_ADMIN', otherInstitute.code), 'FORBIDDEN'],
    ['an ANALYST', () => TEST_IDENTITIES.ANALYST, 'FORBIDDEN'],
    ['the volunteer itself', itself, 'FORBIDDEN'],
    ['an anonymous caller', () => TEST_IDENTITIES.ANONYMOUS, 'UNAUTHENTICATED'],
  ])('refuses awards and rates to %s, writing nothing', async (_label, identity, code) => {
    const before = await rowCounts();
    const award = await h.gqlAs(identity(), AWARD, { i: { volunteerId, unitId: String(institute.id), points: 10, reason: '表彰' } });
    const rate = await h.gqlAs(identity(), SET_RATE, { i: { unitId: String(institute.id), pointsPerHour: 20 } });
    expect([award.errors?.[0]?.extensions?.code, rate.errors?.[0]?.extensions?.code]).toEqual([code, code]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a rate that is not a positive number of at most two decimals, up to 1000', async () => {
    for (const pointsPerHour of [0, -5, 1000.5, 10.123]) {
      const res = await h.gql(SET_RATE, { i: { unitId: String(station.id), pointsPerHour } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.pointsPerHour' });
    }
  });
});

describe('who reads a volunteer’s points', () => {
  const ACCOUNT = `query($v: ID!) { volunteer(id: $v) { points { balance entries(first: 1) { totalCount } } } }`;
  const FIGURES = `query($v: ID!) { volunteer(id: $v) { points { balance earned bonus spent } } }`;

  it.each([
    ['the volunteer itself', itself],
    ['ADMIN', () => TEST_IDENTITIES.ADMIN],
    ['an OPERATOR of its institute', () => scopedIdentity('OPERATOR', institute.code)],
    ['PROPAGANDA of the county', () => scopedIdentity('PROPAGANDA', county.code)],
  ])('shows %s the balance and the ledger', async (_label, identity) => {
    const res = await h.gqlAs(identity(), ACCOUNT, { v: volunteerId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.volunteer.points.balance).toBe((await points()).balance);
    expect(res.data!.volunteer.points.entries.totalCount).toBeGreaterThan(5);
  });

  it('shows staff of another subtree nothing, and an analyst the figures without the ledger', async () => {
    const outside = await h.gqlAs(scopedIdentity('OPERATOR', otherInstitute.code), FIGURES, { v: volunteerId });
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.volunteer.points).toBeNull();
    const figures = await h.gqlAs(TEST_IDENTITIES.ANALYST, FIGURES, { v: volunteerId });
    expect(figures.errors).toBeUndefined();
    expect(figures.data!.volunteer.points.balance).toBe((await points()).balance);
    const ledger = await h.gqlAs(TEST_IDENTITIES.ANALYST, ACCOUNT, { v: volunteerId });
    expect(ledger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await h.gqlAs({ subject: 'v2', role: 'VOLUNTEER', volunteerId: '1' }, FIGURES, { v: volunteerId });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.gqlAs(TEST_IDENTITIES.ANONYMOUS, FIGURES, { v: volunteerId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters the ledger by kind and period, and pages it in the order asked', async () => {
    const res = await h.gql(
      `query($v: ID!) { volunteer(id: $v) { points {
         bonus: entries(filter: { kinds: [BONUS] }) { totalCount edges { node { kind } } }
         late: entries(filter: { from: "2099-01-01" }) { totalCount }
         page: entries(first: 2, orderBy: { field: POINTS, direction: DESC }) { edges { node { points } } pageInfo { hasNextPage } }
       } } }`,
      { v: volunteerId },
    );
    expect(res.errors).toBeUndefined();
    const account = res.data!.volunteer.points;
    expect(account.bonus.totalCount).toBe(1);
    expect(account.late.totalCount).toBe(0);
    expect(account.page.edges.map((e: { node: { points: number } }) => e.node.points)).toEqual([50, 40]);
    expect(account.page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('a unit’s points (积分统计)', () => {
  const UNIT_POINTS = `query($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) { ... on OrgUnit {
    id points(from: $from, to: $to) { earned bonuses spent redemptionCount outstanding pointsPerHour } } } }`;

  it('sums what was booked in its subtree in the period and what its volunteers hold now, for many units in one statement', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const units = [station, institute, county];
    const before = h.subgraphs.volunteers.database.queries.total;
    const res = await h.gql(UNIT_POINTS, {
      r: units.map((u) => ({ __typename: 'OrgUnit', id: String(u.id) })),
      from: '2022-01-01',
      to: today,
    });
    expect(res.errors).toBeUndefined();
    expect(h.subgraphs.volunteers.database.queries.since(before)).toBe(1);
    const [atStation, atInstitute, atCounty] = res.data!._entities.map((e: { points: unknown }) => e.points);
    // this test's volunteer earned 40 + 24 + 15 since 2022 (the rest was voided), and got 50 from the institute
    expect(atStation).toMatchObject({ earned: 79, bonuses: 0, spent: 0, redemptionCount: 0, pointsPerHour: 15 });
    expect(atInstitute).toMatchObject({ earned: 79, bonuses: 50, pointsPerHour: 15 });
    expect(atCounty).toMatchObject({ earned: 79, bonuses: 50, pointsPerHour: 12 });
    for (const [unit, figures] of [
      [station, atStation],
      [county, atCounty],
    ] as const) {
      const [{ outstanding }] = await h.sql<{ outstanding: string }>(
        `SELECT coalesce(sum(a.balance), 0) AS outstanding FROM volunteers.points_account a JOIN volunteers.volunteer v ON v.id = a.volunteer_id
         JOIN ${UNIT_TREE} home ON home.id = v.home_unit_id JOIN ${UNIT_TREE} u ON u.id = $1 WHERE home.path LIKE u.path || '%'`,
        [unit.id],
      );
      expect(figures.outstanding).toBe(Number(outstanding));
    }
  });

  it('refuses a period whose end comes before its start, and a volunteer token', async () => {
    const reversed = await h.gql(UNIT_POINTS, {
      r: [{ __typename: 'OrgUnit', id: String(county.id) }],
      from: '2021-12-31',
      to: '2021-01-01',
    });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const volunteer = await h.gqlAs(itself(), UNIT_POINTS, {
      r: [{ __typename: 'OrgUnit', id: String(county.id) }],
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(volunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
