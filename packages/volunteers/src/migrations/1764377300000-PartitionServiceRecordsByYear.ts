import type { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionTableByYear, unpartitionTable, type YearPartitionedTable } from '@civic/subgraph-kit';

/** Service records by the year their service started (Beijing time); idempotency keys stay unique across years. */
export const SERVICE_RECORDS_BY_YEAR: YearPartitionedTable = {
  table: 'volunteers.service_record',
  timeColumn: 'started_at',
  uniqueColumns: ['idempotency_key'],
};

/**
 * Issue #23 (tables that grow for years): a country records ~186 M services a year, never updated
 * after their first weeks. `service_record` becomes partitioned by year, so a year is vacuumed,
 * indexed and archived on its own and a period's queries touch only its years. The roll-ups and
 * points triggers are recreated as they were; `service_record_key` carries the ids that points
 * entries, mobilisation counts and activity sign-ups reference, and the idempotency keys.
 */
export class PartitionServiceRecordsByYear1764377300000 implements MigrationInterface {
  name = 'PartitionServiceRecordsByYear1764377300000';

  async up(q: QueryRunner): Promise<void> {
    await partitionTableByYear(q, SERVICE_RECORDS_BY_YEAR);
  }

  async down(q: QueryRunner): Promise<void> {
    await unpartitionTable(q, SERVICE_RECORDS_BY_YEAR);
  }
}
