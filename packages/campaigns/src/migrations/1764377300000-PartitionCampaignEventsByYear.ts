import type { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionTableByYear, unpartitionTable, type YearPartitionedTable } from '@civic/subgraph-kit';

/** Campaign events by the year they were held (Beijing time). */
export const CAMPAIGN_EVENTS_BY_YEAR: YearPartitionedTable = {
  table: 'campaigns.campaign_event',
  timeColumn: 'held_at',
  uniqueColumns: [],
};

/**
 * Issue #23 (tables that grow for years): `campaign_event` becomes partitioned by year, as service
 * records are. Its roll-up and search-key triggers are recreated as they were; `campaign_event_key`
 * carries the ids that event volunteers, participants, planned activities and work uses reference.
 */
export class PartitionCampaignEventsByYear1764377300000 implements MigrationInterface {
  name = 'PartitionCampaignEventsByYear1764377300000';

  async up(q: QueryRunner): Promise<void> {
    await partitionTableByYear(q, CAMPAIGN_EVENTS_BY_YEAR);
  }

  async down(q: QueryRunner): Promise<void> {
    await unpartitionTable(q, CAMPAIGN_EVENTS_BY_YEAR);
  }
}
