import { createScratchDatabase, startSubgraphHarness, yearPartitionLayout, type SubgraphHarness } from '@civic/testing';
import { DEFAULT_YEARS_PER_PARTITION, ensureYearPartitions } from '@civic/subgraph-kit';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { SERVICE_RECORDS_BY_YEAR } from '../src/migrations/1764377300000-PartitionServiceRecordsByYear';
import { monthRollupOffTheRows, rollupOffTheRows, totalsOffTheRecords } from './support/recount';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id version startedAt } }`;
const RECORDS = `query($id: ID!) { volunteer(id: $id) { totalServiceHours serviceRecords(first: 100) { edges { node { id startedAt } } } } }`;

type Recorded = { id: string; version: number; startedAt: string };

/** The partition (table) holding each record, by id. */
async function partitionOf(...ids: string[]): Promise<string[]> {
  const rows = await h.sql<{ id: number; partition: string }>(
    `SELECT id, tableoid::regclass::text AS partition FROM volunteers.service_record WHERE id = ANY($1::int[])`,
    [ids.map(Number)],
  );
  return ids.map((id) => rows.find((r) => String(r.id) === id)?.partition ?? 'missing');
}

const layout = () => yearPartitionLayout(h.sql, SERVICE_RECORDS_BY_YEAR);
const thisYear = async () =>
  (await h.sql<{ year: number }>(`SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS year`))[0].year;

async function allFiguresExact(): Promise<void> {
  expect(await totalsOffTheRecords(h)).toEqual([]);
  expect(await rollupOffTheRows(h)).toEqual([]);
  expect(await monthRollupOffTheRows(h)).toEqual([]);
  const [keys] = await h.sql<{ missing: number; extra: number }>(
    `SELECT (SELECT count(*)::int FROM volunteers.service_record r WHERE NOT EXISTS (SELECT 1 FROM volunteers.service_record_key k WHERE k.id = r.id)) AS missing,
            (SELECT count(*)::int FROM volunteers.service_record_key k WHERE NOT EXISTS (SELECT 1 FROM volunteers.service_record r WHERE r.id = k.id)) AS extra`,
  );
  expect(keys).toEqual({ missing: 0, extra: 0 });
}

async function aVolunteer(offset = 0): Promise<string> {
  const [row] = await h.sql<{ id: number }>(
    `SELECT id FROM volunteers.volunteer WHERE deregistered_at IS NULL ORDER BY id OFFSET $1 LIMIT 1`,
    [offset],
  );
  return String(row.id);
}

describe('service records partitioned by year (服务记录按年分区)', () => {
  it('the partitions run from the first (all years before its end) through next year, each record in the one holding its year', async () => {
    const year = await thisYear();
    const now = await layout();
    expect(now).toEqual({
      partitions: [`service_record_until_${year + DEFAULT_YEARS_PER_PARTITION - 1}`],
      contiguous: true,
      lastYear: year + DEFAULT_YEARS_PER_PARTITION - 1,
      misplaced: [],
    });
    await allFiguresExact();
  });

  it('the upkeep adds the partitions a coming year needs, contiguous, one year each where a national database wants it', async () => {
    const year = await thisYear();
    const first = year + DEFAULT_YEARS_PER_PARTITION;
    const created = await ensureYearPartitions(h.subgraphs.volunteers.database.dataSource, [SERVICE_RECORDS_BY_YEAR], {
      yearsPerPartition: 1,
      years: [first + 2],
    });
    expect(created).toEqual([0, 1, 2].map((i) => `volunteers.service_record_y${first + i}`));
    expect(
      await ensureYearPartitions(h.subgraphs.volunteers.database.dataSource, [SERVICE_RECORDS_BY_YEAR], { yearsPerPartition: 1 }),
    ).toEqual([]);
    expect(await layout()).toMatchObject({ contiguous: true, lastYear: first + 2, misplaced: [] });
  });

  it('a record moved into another partition (a correction across the boundary) keeps its id, key, points and every figure', async () => {
    const volunteer = await aVolunteer(3);
    const written = await h.gql<{ recordService: Recorded }>(RECORD, {
      i: {
        volunteerId: volunteer,
        startedAt: '2021-01-02T09:00:00+08:00',
        endedAt: '2021-01-02T12:00:00+08:00',
        idempotencyKey: 'k-moved',
      },
    });
    expect(written.errors).toBeUndefined();
    const record = written.data!.recordService;
    const [before] = await partitionOf(record.id);
    const [points] = await h.sql<{ net: number }>(
      `SELECT coalesce(sum(points), 0)::int AS net FROM volunteers.points_entry WHERE service_record_id = $1`,
      [Number(record.id)],
    );
    // Partitions of future years exist since the previous test; the API refuses dates in the future, SQL does not.
    const later = (await layout()).lastYear;
    await h.sql(
      `UPDATE volunteers.service_record SET started_at = make_timestamptz($2, 1, 2, 9, 0, 0, 'Asia/Shanghai'),
         ended_at = make_timestamptz($2, 1, 2, 12, 0, 0, 'Asia/Shanghai') WHERE id = $1`,
      [Number(record.id), later],
    );
    const [after] = await partitionOf(record.id);
    expect(after).not.toBe(before);
    expect(after).toBe(`volunteers.service_record_y${later}`);
    const [key] = await h.sql(`SELECT id, idempotency_key FROM volunteers.service_record_key WHERE id = $1`, [Number(record.id)]);
    expect(key).toEqual({ id: Number(record.id), idempotency_key: 'k-moved' });
    const [pointsAfter] = await h.sql<{ net: number }>(
      `SELECT coalesce(sum(points), 0)::int AS net FROM volunteers.points_entry WHERE service_record_id = $1`,
      [Number(record.id)],
    );
    expect(points.net).toBeGreaterThan(0);
    expect(pointsAfter.net).toBe(points.net);
    await allFiguresExact();
    expect((await layout()).misplaced).toEqual([]);
  });

  it('a service of a long-past year is recorded, listed and counted like any other', async () => {
    const volunteer = await aVolunteer();
    const before = (await h.gql(RECORDS, { id: volunteer })).data!.volunteer.totalServiceHours;
    const written = await h.gql<{ recordService: Recorded }>(RECORD, {
      i: { volunteerId: volunteer, startedAt: '2016-05-04T08:00:00+08:00', endedAt: '2016-05-04T11:30:00+08:00', idempotencyKey: 'p-2016' },
    });
    expect(written.errors).toBeUndefined();
    const after = (await h.gql(RECORDS, { id: volunteer })).data!.volunteer;
    expect(after.totalServiceHours).toBeCloseTo(before + 3.5, 2);
    expect(after.serviceRecords.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(written.data!.recordService.id);
    await allFiguresExact();
  });

  it('an idempotency key is unique across all years: resent with other dates it returns the first record, for another volunteer it is refused', async () => {
    const volunteer = await aVolunteer(1);
    const first = await h.gql<{ recordService: Recorded }>(RECORD, {
      i: {
        volunteerId: volunteer,
        startedAt: '2024-06-01T08:00:00+08:00',
        endedAt: '2024-06-01T10:00:00+08:00',
        idempotencyKey: 'k-years',
      },
    });
    expect(first.errors).toBeUndefined();
    const again = await h.gql<{ recordService: Recorded }>(RECORD, {
      i: {
        volunteerId: volunteer,
        startedAt: '2025-06-01T08:00:00+08:00',
        endedAt: '2025-06-01T10:00:00+08:00',
        idempotencyKey: 'k-years',
      },
    });
    expect(again.data!.recordService).toEqual(first.data!.recordService);
    const other = await h.gql(RECORD, {
      i: {
        volunteerId: await aVolunteer(2),
        startedAt: '2025-07-01T08:00:00+08:00',
        endedAt: '2025-07-01T10:00:00+08:00',
        idempotencyKey: 'k-years',
      },
    });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.service_record WHERE idempotency_key = 'k-years'`,
    );
    expect(n).toBe(1);
    await allFiguresExact();
  });

  it('the database refuses a record whose id another year already holds', async () => {
    const [row] = await h.sql<{ id: number; volunteer_id: number }>(
      `SELECT id, volunteer_id FROM volunteers.service_record ORDER BY id LIMIT 1`,
    );
    await expect(
      h.sql(
        `INSERT INTO volunteers.service_record (id, volunteer_id, started_at, ended_at, hours, status, created_at)
         VALUES ($1, $2, make_timestamptz($3, 3, 5, 8, 0, 0, 'Asia/Shanghai'), make_timestamptz($3, 3, 5, 9, 0, 0, 'Asia/Shanghai'), 1, 'PENDING', now())`,
        [row.id, row.volunteer_id, (await layout()).lastYear],
      ),
    ).rejects.toThrow(/service_record_key_pkey/);
  });
});
