import type { MigrationInterface, QueryRunner } from 'typeorm';
import { frozenDropRollupTriggers, frozenRollupTriggerFunction, frozenRollupTriggers, type FrozenRollupSpec } from '@civic/subgraph-kit';

const BY_UNIT: FrozenRollupSpec = { table: 'campaigns.unit_event_rollup', keys: ['unit_id'], counters: ['event_count', 'audience_total'] };
const BY_UNIT_AND_CAMPAIGN: FrozenRollupSpec = {
  table: 'campaigns.unit_campaign_event_rollup',
  keys: ['unit_id', 'campaign_id'],
  counters: ['event_count', 'audience_total'],
};

/**
 * Issue #8 (benchmark): subtree campaign figures (OrgUnit.campaignStats) read one small row per
 * unit of the subtree instead of every event in it: `campaigns.unit_event_rollup` holds the events
 * each unit hosted and their audience, `campaigns.unit_campaign_event_rollup` the same per campaign
 * (for `campaignStats(campaignId:)`). Statement triggers on `campaign_event` keep both in the same
 * transaction as each write; `campaigns.rebuild_unit_event_rollups()` recomputes them from scratch
 * (this migration's backfill, and bulk loads that bypass triggers). Distinct volunteers cannot be
 * summed per unit: they are still counted from the events, and only when asked for.
 */
export class UnitEventRollup1764374620000 implements MigrationInterface {
  name = 'UnitEventRollup1764374620000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns.unit_event_rollup (
        unit_id int NOT NULL,
        stripe smallint NOT NULL DEFAULT 0,
        event_count int NOT NULL DEFAULT 0,
        audience_total bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, stripe)
      )`);
    await q.query(`
      CREATE TABLE campaigns.unit_campaign_event_rollup (
        unit_id int NOT NULL,
        campaign_id int NOT NULL,
        stripe smallint NOT NULL DEFAULT 0,
        event_count int NOT NULL DEFAULT 0,
        audience_total bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, campaign_id, stripe)
      )`);
    await q.query(
      `COMMENT ON TABLE campaigns.unit_event_rollup IS 'Per host unit (summed over its stripes): events held and their audience. Kept by triggers; rebuild with campaigns.rebuild_unit_event_rollups().'`,
    );
    await q.query(
      `COMMENT ON TABLE campaigns.unit_campaign_event_rollup IS 'Per host unit and campaign (summed over its stripes): events held and their audience. Kept by triggers; rebuild with campaigns.rebuild_unit_event_rollups().'`,
    );
    await q.query(
      frozenRollupTriggerFunction(
        'campaigns.roll_up_unit_events',
        BY_UNIT,
        (rows, sign) =>
          `SELECT host_unit_id AS unit_id, ${sign} AS event_count, ${sign} * audience_count::bigint AS audience_total FROM ${rows}`,
      ),
    );
    await q.query(
      frozenRollupTriggerFunction(
        'campaigns.roll_up_unit_campaign_events',
        BY_UNIT_AND_CAMPAIGN,
        (rows, sign) =>
          `SELECT host_unit_id AS unit_id, campaign_id, ${sign} AS event_count, ${sign} * audience_count::bigint AS audience_total FROM ${rows}`,
      ),
    );
    for (const sql of [
      ...frozenRollupTriggers('campaigns.campaign_event', 'campaigns.roll_up_unit_events'),
      ...frozenRollupTriggers('campaigns.campaign_event', 'campaigns.roll_up_unit_campaign_events'),
    ]) {
      await q.query(sql);
    }
    await q.query(`
      CREATE FUNCTION campaigns.rebuild_unit_event_rollups() RETURNS void LANGUAGE sql AS $$
        DELETE FROM campaigns.unit_event_rollup;
        INSERT INTO campaigns.unit_event_rollup (unit_id, event_count, audience_total)
        SELECT host_unit_id, count(*), sum(audience_count) FROM campaigns.campaign_event GROUP BY host_unit_id;
        DELETE FROM campaigns.unit_campaign_event_rollup;
        INSERT INTO campaigns.unit_campaign_event_rollup (unit_id, campaign_id, event_count, audience_total)
        SELECT host_unit_id, campaign_id, count(*), sum(audience_count) FROM campaigns.campaign_event GROUP BY host_unit_id, campaign_id;
      $$`);
    await q.query(`SELECT campaigns.rebuild_unit_event_rollups()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      ...frozenDropRollupTriggers('campaigns.campaign_event', 'campaigns.roll_up_unit_events'),
      ...frozenDropRollupTriggers('campaigns.campaign_event', 'campaigns.roll_up_unit_campaign_events'),
    ]) {
      await q.query(sql);
    }
    await q.query(`DROP FUNCTION campaigns.rebuild_unit_event_rollups()`);
    await q.query(`DROP FUNCTION campaigns.roll_up_unit_campaign_events()`);
    await q.query(`DROP FUNCTION campaigns.roll_up_unit_events()`);
    await q.query(`DROP TABLE campaigns.unit_campaign_event_rollup`);
    await q.query(`DROP TABLE campaigns.unit_event_rollup`);
  }
}
