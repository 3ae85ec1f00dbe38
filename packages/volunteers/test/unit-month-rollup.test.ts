import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { monthRollupOffTheRows } from './support/recount';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  await h.sql('ANALYZE');
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id version } }`;
const CORRECT = `mutation($i: CorrectServiceRecordInput!) { correctServiceRecord(input: $i) { id } }`;
const VOID = `mutation($i: VoidServiceRecordInput!) { voidServiceRecord(input: $i) { id } }`;
const DEREGISTER = `mutation($i: DeregisterVolunteerInput!) { deregisterVolunteer(input: $i) { id } }`;
const VERSION = `query($id: ID!) { volunteer(id: $id) { version } }`;
const at = (month: number, day: number, hour: number) =>
  `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

async function hoursInMonth(unitId: number, month: string): Promise<number> {
  const [row] = await h.sql<{ hours: string | null }>(
    `SELECT sum(service_hours) AS hours FROM volunteers.unit_month_rollup WHERE unit_id = $1 AND month = $2::date`,
    [unitId, month],
  );
  return Number(row.hours ?? 0);
}

describe('per-unit, per-month roll-up (a year of figures without reading every record)', () => {
  it('matches a recount after the demo data is loaded', async () => {
    const [{ months }] = await h.sql<{ months: number }>(`SELECT count(DISTINCT month)::int AS months FROM volunteers.unit_month_rollup`);
    expect(months).toBeGreaterThan(6);
    expect(await monthRollupOffTheRows(h)).toEqual([]);
  });

  it('follows records written at once, corrected into another month, voided, and their volunteers deregistered or moved', async () => {
    const people = await h.sql<{ id: number; home_unit_id: number }>(
      `SELECT id, home_unit_id FROM volunteers.volunteer
       WHERE deregistered_at IS NULL
         AND home_unit_id = (SELECT home_unit_id FROM volunteers.volunteer GROUP BY home_unit_id ORDER BY count(*) DESC LIMIT 1)
       ORDER BY id LIMIT 10`,
    );
    const unit = people[0].home_unit_id;
    const marchBefore = await hoursInMonth(unit, '2025-03-01');
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.gql<{ recordService: { id: string; version: number } }>(RECORD, {
          i: {
            volunteerId: String(people[i % 10].id),
            startedAt: at(3, 1 + Math.floor(i / 10), 8),
            endedAt: at(3, 1 + Math.floor(i / 10), 10),
          },
        }),
      ),
    );
    expect(written.filter((r) => r.errors)).toEqual([]);
    expect((await hoursInMonth(unit, '2025-03-01')) - marchBefore).toBe(40);
    expect(await monthRollupOffTheRows(h)).toEqual([]);

    const [moved, voided] = written.map((r) => r.data!.recordService);
    const correction = await h.gql(CORRECT, {
      i: { id: moved.id, expectedVersion: moved.version, startedAt: at(4, 3, 8), endedAt: at(4, 3, 11), reason: '日期填错' },
    });
    expect(correction.errors).toBeUndefined();
    const voiding = await h.gql(VOID, { i: { id: voided.id, expectedVersion: voided.version, reason: '重复登记' } });
    expect(voiding.errors).toBeUndefined();
    expect((await hoursInMonth(unit, '2025-03-01')) - marchBefore).toBe(36);
    expect(await monthRollupOffTheRows(h)).toEqual([]);

    const leaver = String(people[9].id);
    const { data } = await h.gql<{ volunteer: { version: number } }>(VERSION, { id: leaver });
    const deregistration = await h.gql(DEREGISTER, { i: { id: leaver, expectedVersion: data!.volunteer.version, reason: '迁出本县' } });
    expect(deregistration.errors).toBeUndefined();
    const [target] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE level = 'POINT' AND id <> $1 ORDER BY id LIMIT 1`, [
      unit,
    ]);
    await h.sql(`UPDATE volunteers.volunteer SET home_unit_id = $2 WHERE id = $1`, [people[0].id, target.id]);
    // people[0]'s records: the one corrected into April (3 h) and one in March (2 h)
    expect(await hoursInMonth(target.id, '2025-03-01')).toBeGreaterThanOrEqual(2);
    expect(await hoursInMonth(target.id, '2025-04-01')).toBeGreaterThanOrEqual(3);
    await h.sql(`UPDATE volunteers.volunteer SET phone = phone WHERE home_unit_id = $1`, [unit]);
    expect(await monthRollupOffTheRows(h)).toEqual([]);
  });
});
