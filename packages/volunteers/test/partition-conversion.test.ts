import { createSubgraphDatabase, migrateSubgraphDatabase, type SubgraphDatabase } from '@civic/subgraph-kit';
import { createScratchDatabase, queryTestDatabase, yearPartitionLayout } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';
import { SERVICE_RECORDS_BY_YEAR } from '../src/migrations/1764377300000-PartitionServiceRecordsByYear';

/**
 * A county that ran the platform before service records were partitioned: its database is
 * converted by the migration, and nothing a user sees may change.
 */
let url: string;
let before: SubgraphDatabase;

const PARTITIONING = 'PartitionServiceRecordsByYear1764377300000';
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, url);

/** What the figures rest on, summed so that any lost, doubled or changed row shows. */
async function figures(): Promise<Record<string, unknown>> {
  const [row] = await sql(`SELECT
    (SELECT count(*)::int FROM volunteers.service_record) AS records,
    (SELECT sum(hours)::text FROM volunteers.service_record WHERE status = 'APPROVED') AS approved_hours,
    (SELECT md5(string_agg(id || ':' || volunteer_id || ':' || started_at || ':' || hours || ':' || status, ',' ORDER BY id)) FROM volunteers.service_record) AS rows,
    (SELECT sum(service_hours)::text FROM volunteers.unit_rollup) AS unit_rollup_hours,
    (SELECT md5(string_agg(unit_id || ':' || month || ':' || service_hours || ':' || record_count, ',' ORDER BY unit_id, month, stripe)) FROM volunteers.unit_month_rollup) AS month_rollup,
    (SELECT count(*)::int FROM volunteers.points_entry) AS points_entries,
    (SELECT sum(total_service_hours)::text FROM volunteers.volunteer) AS volunteer_totals,
    (SELECT last_value FROM volunteers.service_record_id_seq) AS next_id`);
  return row;
}

async function referencesTo(): Promise<string[]> {
  const rows = await sql<{ fk: string }>(
    `SELECT conrelid::regclass || ' -> ' || confrelid::regclass AS fk FROM pg_constraint
     WHERE contype = 'f' AND confrelid::regclass::text LIKE 'volunteers.service_record%' ORDER BY 1`,
  );
  return rows.map((r) => r.fk);
}

beforeAll(async () => {
  url = await createScratchDatabase({ empty: true });
  const org = await createSubgraphDatabase({ url, schema: 'org', entities: orgSubgraph.entities, migrations: orgSubgraph.migrations });
  await migrateSubgraphDatabase(org.dataSource, orgSubgraph);
  await orgSubgraph.seedDemo!(org.dataSource);
  await org.dataSource.destroy();
  const migrations = volunteersSubgraph.migrations.filter((m) => m.name !== PARTITIONING);
  before = await createSubgraphDatabase({ url, schema: 'volunteers', entities: volunteersSubgraph.entities, migrations });
  await migrateSubgraphDatabase(before.dataSource, { ...volunteersSubgraph, yearPartitionedTables: [] });
  await volunteersSubgraph.seedDemo!(before.dataSource);
}, 180000);
afterAll(() => before?.dataSource.destroy());

describe('partitioning the service records of a database in use (已有数据的分区迁移)', () => {
  it('keeps every record, figure, points entry and the id sequence, and points the references at the key table; down restores the table', async () => {
    const unpartitioned = await figures();
    expect(unpartitioned.records).toBeGreaterThan(1000);
    expect(await referencesTo()).toEqual([
      'volunteers.activity_signup -> volunteers.service_record',
      'volunteers.mobilisation_service -> volunteers.service_record',
      'volunteers.points_entry -> volunteers.service_record',
    ]);

    const after = await createSubgraphDatabase({
      url,
      schema: 'volunteers',
      entities: volunteersSubgraph.entities,
      migrations: volunteersSubgraph.migrations,
    });
    try {
      const run = await migrateSubgraphDatabase(after.dataSource, volunteersSubgraph);
      expect(run.migrations.map((m) => m.name)).toEqual([PARTITIONING]);
      expect(await figures()).toEqual(unpartitioned);
      expect(await referencesTo()).toEqual([
        'volunteers.activity_signup -> volunteers.service_record_key',
        'volunteers.mobilisation_service -> volunteers.service_record_key',
        'volunteers.points_entry -> volunteers.service_record_key',
      ]);
      const [{ kind, keys }] = await sql<{ kind: string; keys: number }>(
        `SELECT (SELECT relkind::text FROM pg_class WHERE oid = 'volunteers.service_record'::regclass) AS kind,
                (SELECT count(*)::int FROM volunteers.service_record_key) AS keys`,
      );
      expect({ kind, keys }).toEqual({ kind: 'p', keys: unpartitioned.records });
      // The rows waited in the default partition until the upkeep gave them partitions of their years.
      const layout = await yearPartitionLayout(sql, SERVICE_RECORDS_BY_YEAR);
      expect(layout).toMatchObject({ contiguous: true, misplaced: [] });
      expect(layout.partitions.some((name) => name.endsWith('_default'))).toBe(false);

      await after.dataSource.undoLastMigration({ transaction: 'each' });
      expect(await figures()).toEqual(unpartitioned);
      expect(await referencesTo()).toEqual([
        'volunteers.activity_signup -> volunteers.service_record',
        'volunteers.mobilisation_service -> volunteers.service_record',
        'volunteers.points_entry -> volunteers.service_record',
      ]);
    } finally {
      await after.dataSource.destroy();
    }
  });
});
