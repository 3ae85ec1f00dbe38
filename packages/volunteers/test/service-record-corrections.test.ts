import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { lastAuditEntry, rollupOffTheRows, totalsOffTheRecords } from './support/recount';

let h: SubgraphHarness;
let volunteerId: string;
let stationId: string;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  await h.sql('ANALYZE'); // a copied database has no statistics; the recounts below would plan badly
  const [row] = await h.sql<{ id: number; home: number }>(
    `SELECT v.id, v.home_unit_id AS home FROM volunteers.volunteer v JOIN org.org_unit u ON u.id = v.home_unit_id
     WHERE v.total_service_hours = 0 AND u.level = 'STATION' ORDER BY v.id LIMIT 1`,
  );
  [volunteerId, stationId] = [String(row.id), String(row.home)];
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = '513426-ZX'`);
  centerId = String(center.id);
}, 120000);
afterAll(() => h?.stop());

const at = (day: number, hour: number) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id version hours } }`;
const CORRECT = `mutation($i: CorrectServiceRecordInput!) { correctServiceRecord(input: $i) { id version hours startedAt endedAt description status team { id } volunteer { totalServiceHours } } }`;
const VOID = `mutation($i: VoidServiceRecordInput!) { voidServiceRecord(input: $i) { id version status voidedAt voidReason volunteer { totalServiceHours starLevel } } }`;

async function record(day: number, from: number, to: number, teamId: string | null = '1') {
  const res = await h.gql(RECORD, { i: { volunteerId, teamId, startedAt: at(day, from), endedAt: at(day, to), description: '文明劝导' } });
  expect(res.errors).toBeUndefined();
  return res.data!.recordService as { id: string; version: number; hours: number };
}

/** Every figure this package shows, read through the API, next to a recount from the non-voided approved rows. */
async function figuresAndRecounts() {
  const res = await h.gql(
    `query($r: [_Any!]!, $v: ID!, $t: ID!) {
       _entities(representations: $r) { ... on OrgUnit {
         id volunteerStats { volunteerCount serviceHours }
         serviceHoursByMonth(from: "2025-03-01", to: "2025-03-31", scope: SELF) { month hours recordCount }
         topVolunteers(scope: SELF, from: "2025-03-01T00:00:00+08:00", to: "2025-04-01T00:00:00+08:00", first: 100) { hours volunteer { id } }
         serviceHoursBreakdown(dimensions: [MONTH], from: "2025-03-01", to: "2025-03-31", scope: SELF) { hours recordCount }
       } }
       volunteer(id: $v) { totalServiceHours starLevel }
       volunteerTeam(id: $t) { totalServiceHours }
     }`,
    {
      r: [
        { __typename: 'OrgUnit', id: centerId },
        { __typename: 'OrgUnit', id: stationId },
      ],
      v: volunteerId,
      t: '1',
    },
  );
  expect(res.errors).toBeUndefined();
  const [center, station] = res.data!._entities;
  const [recount] = await h.sql<{ center_hours: string; station_march: string; volunteer: string; team: string; volunteer_march: string }>(
    `SELECT
       (SELECT sum(r.hours) FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
         JOIN org.org_unit u ON u.id = v.home_unit_id WHERE r.status = 'APPROVED' AND u.path LIKE (SELECT path FROM org.org_unit WHERE id = $1) || '%') AS center_hours,
       (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
         WHERE r.status = 'APPROVED' AND v.home_unit_id = $2 AND r.started_at >= '2025-03-01T00:00+08' AND r.started_at < '2025-04-01T00:00+08') AS station_march,
       (SELECT coalesce(sum(hours), 0) FROM volunteers.service_record WHERE status = 'APPROVED' AND volunteer_id = $3) AS volunteer,
       (SELECT coalesce(sum(hours), 0) FROM volunteers.service_record WHERE status = 'APPROVED' AND team_id = 1) AS team,
       (SELECT coalesce(sum(hours), 0) FROM volunteers.service_record WHERE status = 'APPROVED' AND volunteer_id = $3
         AND started_at >= '2025-03-01T00:00+08' AND started_at < '2025-04-01T00:00+08') AS volunteer_march`,
    [Number(centerId), Number(stationId), Number(volunteerId)],
  );
  const mine = station.topVolunteers.find((r: { volunteer: { id: string } }) => r.volunteer.id === volunteerId);
  return {
    api: {
      centerHours: center.volunteerStats.serviceHours,
      stationMarch: station.serviceHoursByMonth[0].hours,
      stationMarchCube: station.serviceHoursBreakdown[0].hours,
      volunteer: res.data!.volunteer.totalServiceHours,
      volunteerMarch: mine?.hours ?? 0,
      team: res.data!.volunteerTeam.totalServiceHours,
    },
    recount: {
      centerHours: Number(recount.center_hours),
      stationMarch: Number(recount.station_march),
      stationMarchCube: Number(recount.station_march),
      volunteer: Number(recount.volunteer),
      volunteerMarch: Number(recount.volunteer_march),
      team: Number(recount.team),
    },
  };
}

describe('correcting and voiding service records (更正 / 作废服务记录)', () => {
  let kept: { id: string; version: number };
  let voided: { id: string; version: number };

  beforeAll(async () => {
    kept = await record(3, 9, 12);
    voided = await record(4, 9, 11);
  });

  it('corrects times, hours, content and team with a reason: totals follow and the audit keeps before, after and why', async () => {
    const res = await h.gql(CORRECT, {
      i: {
        id: kept.id,
        expectedVersion: kept.version,
        startedAt: at(3, 8),
        hours: 3.5,
        description: '周末大扫除',
        teamId: '2',
        reason: '签到时间录错',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.correctServiceRecord).toMatchObject({
      hours: 3.5,
      startedAt: '2025-03-03T08:00:00+08:00',
      endedAt: '2025-03-03T12:00:00+08:00',
      description: '周末大扫除',
      team: { id: '2' },
      status: 'APPROVED',
      version: kept.version + 1,
      volunteer: { totalServiceHours: 3.5 + 2 },
    });
    kept = res.data!.correctServiceRecord;
    const entry = await lastAuditEntry(h, 'correctServiceRecord', kept.id);
    expect(entry.reason).toBe('签到时间录错');
    expect(entry.changes).toMatchObject({
      hours: { from: 3, to: 3.5 },
      teamId: { from: 1, to: 2 },
      description: { from: '文明劝导', to: '周末大扫除' },
    });
    expect(Object.keys(entry.changes!)).toEqual(expect.arrayContaining(['startedAt']));
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const res = await h.gql(CORRECT, { i: { id: kept.id, expectedVersion: 1, hours: 1, reason: '旧版本' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: kept.version });
    const [row] = await h.sql<{ hours: string }>(`SELECT hours FROM volunteers.service_record WHERE id = $1`, [Number(kept.id)]);
    expect(Number(row.hours)).toBe(3.5);
  });

  it.each([
    ['an overlap with another record of the volunteer', () => ({ startedAt: at(4, 10), endedAt: at(4, 13) }), 'BAD_USER_INPUT', /overlap/],
    ['more hours than the time served', () => ({ hours: 5 }), 'BAD_USER_INPUT', /hours must not exceed/],
    ['an unknown team', () => ({ teamId: '999999' }), 'NOT_FOUND', /team/],
    ['a blank reason', () => ({ reason: ' ' }), 'BAD_USER_INPUT', /reason/],
  ])('refuses %s and changes nothing', async (_label, override, code, message) => {
    const res = await h.gql(CORRECT, { i: { id: kept.id, expectedVersion: kept.version, reason: '更正', ...override() } });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    const [row] = await h.sql<{ version: number }>(`SELECT version FROM volunteers.service_record WHERE id = $1`, [Number(kept.id)]);
    expect(row.version).toBe(kept.version);
  });

  it('voids with a reason: kept as VOIDED, its hours leave every total, the audit keeps why', async () => {
    const res = await h.gql(VOID, { i: { id: voided.id, expectedVersion: voided.version, reason: '重复录入' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.voidServiceRecord).toMatchObject({ status: 'VOIDED', voidReason: '重复录入', volunteer: { totalServiceHours: 3.5 } });
    expect(res.data!.voidServiceRecord.voidedAt).toMatch(/\+08:00$/);
    const entry = await lastAuditEntry(h, 'voidServiceRecord', voided.id);
    expect(entry).toMatchObject({ reason: '重复录入', changes: { status: { from: 'APPROVED', to: 'VOIDED' } } });
    const again = await h.gql(VOID, { i: { id: voided.id, expectedVersion: res.data!.voidServiceRecord.version, reason: '再次' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('frees a voided record’s time: a new record may take it', async () => {
    const replacement = await record(4, 9, 11);
    expect(replacement.hours).toBe(2);
  });

  it('leaves every figure equal to a recount from the rows: totals, stars, roll-ups, stats, months, rankings, cube, team hours', async () => {
    expect(await totalsOffTheRecords(h)).toEqual([]);
    expect(await rollupOffTheRows(h)).toEqual([]);
    const { api, recount } = await figuresAndRecounts();
    expect(api).toEqual(recount);
    expect(api.volunteer).toBe(3.5 + 2);
  });

  it('lets only staff of the volunteer’s subtree correct or void', async () => {
    const [other] = await h.sql<{ code: string }>(
      `SELECT o.code FROM org.org_unit o WHERE o.level = 'INSTITUTE'
       AND NOT EXISTS (SELECT 1 FROM org.org_unit s WHERE s.id = $1 AND s.path LIKE o.path || '%') ORDER BY o.id LIMIT 1`,
      [Number(stationId)],
    );
    const res = await h.gql(
      VOID,
      { i: { id: kept.id, expectedVersion: kept.version, reason: '越权' } },
      {
        subject: 'op',
        role: 'OPERATOR',
        orgUnitCode: other.code,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await h.sql<{ status: string }>(`SELECT status FROM volunteers.service_record WHERE id = $1`, [Number(kept.id)]);
    expect(row.status).toBe('APPROVED');
  });
});
