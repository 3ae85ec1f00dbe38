import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  addNameSearch,
  dropNameSearch,
  frozenRollupTriggerFunction,
  installNameSearch,
  uninstallNameSearch,
  type FrozenRollupSpec,
  type SearchableName,
} from '@civic/subgraph-kit';

const EDITED_TABLES = ['campaign', 'campaign_event', 'campaign_action', 'work_brand', 'lecture_group', 'customs_reform_measure'];

const SEARCHABLE: SearchableName[] = [
  { schema: 'campaigns', table: 'campaign', column: 'name' },
  { schema: 'campaigns', table: 'campaign_event', column: 'title' },
  { schema: 'campaigns', table: 'lecture_group', column: 'name' },
  { schema: 'campaigns', table: 'work_brand', column: 'name' },
];

const BY_UNIT: FrozenRollupSpec = { table: 'campaigns.unit_event_rollup', keys: ['unit_id'], counters: ['event_count', 'audience_total'] };
const BY_UNIT_AND_CAMPAIGN: FrozenRollupSpec = {
  table: 'campaigns.unit_campaign_event_rollup',
  keys: ['unit_id', 'campaign_id'],
  counters: ['event_count', 'audience_total'],
};

/** The roll-up trigger functions; `counted` filters the transition rows ('' counts every row). */
function rollupFunctions(counted: string): string[] {
  const replace = (sql: string) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');
  return [
    replace(
      frozenRollupTriggerFunction(
        'campaigns.roll_up_unit_events',
        BY_UNIT,
        (rows, sign) =>
          `SELECT host_unit_id AS unit_id, ${sign} AS event_count, ${sign} * audience_count::bigint AS audience_total FROM ${rows}${counted}`,
      ),
    ),
    replace(
      frozenRollupTriggerFunction(
        'campaigns.roll_up_unit_campaign_events',
        BY_UNIT_AND_CAMPAIGN,
        (rows, sign) =>
          `SELECT host_unit_id AS unit_id, campaign_id, ${sign} AS event_count, ${sign} * audience_count::bigint AS audience_total FROM ${rows}${counted}`,
      ),
    ),
    `CREATE OR REPLACE FUNCTION campaigns.rebuild_unit_event_rollups() RETURNS void LANGUAGE sql AS $$
        DELETE FROM campaigns.unit_event_rollup;
        INSERT INTO campaigns.unit_event_rollup (unit_id, event_count, audience_total)
        SELECT host_unit_id, count(*), sum(audience_count) FROM campaigns.campaign_event${counted} GROUP BY host_unit_id;
        DELETE FROM campaigns.unit_campaign_event_rollup;
        INSERT INTO campaigns.unit_campaign_event_rollup (unit_id, campaign_id, event_count, audience_total)
        SELECT host_unit_id, campaign_id, count(*), sum(audience_count) FROM campaigns.campaign_event${counted} GROUP BY host_unit_id, campaign_id;
      $$`,
  ];
}

/**
 * Issue #19 (daily work): every edited row counts its versions (edits carry the version read);
 * campaigns close and reopen; events are voided with a reason instead of deleted, and the roll-ups
 * count only the events not voided; sub-actions and work brands retire; customs-reform measures
 * are revoked from a day (a station may adopt a measure again after revoking it); names (and event
 * titles) are searchable by Chinese and pinyin.
 */
export class DailyWork1764375100000 implements MigrationInterface {
  name = 'DailyWork1764375100000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of EDITED_TABLES) await q.query(`ALTER TABLE campaigns.${table} ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE campaigns.campaign ADD COLUMN closed_at timestamptz, ADD COLUMN close_reason text`);
    await q.query(`
      ALTER TABLE campaigns.campaign_event
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN void_reason text,
        ADD CONSTRAINT campaign_event_void_reason_check CHECK ((voided_at IS NULL) = (void_reason IS NULL))`);
    await q.query(`CREATE INDEX campaign_event_time_idx ON campaigns.campaign_event (held_at, id)`);
    await q.query(`ALTER TABLE campaigns.campaign_action ADD COLUMN retired_at timestamptz`);
    await q.query(`ALTER TABLE campaigns.work_brand ADD COLUMN retired_at timestamptz`);
    await q.query(`
      ALTER TABLE campaigns.customs_reform_measure
        ADD COLUMN revoked_on date,
        ADD COLUMN revoke_reason text,
        ADD CONSTRAINT customs_reform_measure_revoked_check CHECK (revoked_on >= adopted_on),
        DROP CONSTRAINT customs_reform_measure_org_unit_id_kind_key`);
    await q.query(
      `CREATE UNIQUE INDEX customs_reform_measure_in_force_key ON campaigns.customs_reform_measure (org_unit_id, kind) WHERE revoked_on IS NULL`,
    );
    for (const sql of rollupFunctions(' WHERE voided_at IS NULL')) await q.query(sql);

    await installNameSearch(q, 'campaigns');
    for (const searchable of SEARCHABLE) await addNameSearch(q, searchable);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const searchable of [...SEARCHABLE].reverse()) await dropNameSearch(q, searchable);
    await uninstallNameSearch(q, 'campaigns');

    // The schema before this migration cannot tell a voided event or a revoked measure: they go, as if never recorded.
    await q.query(
      `DELETE FROM campaigns.event_volunteer WHERE event_id IN (SELECT id FROM campaigns.campaign_event WHERE voided_at IS NOT NULL)`,
    );
    await q.query(`DELETE FROM campaigns.campaign_event WHERE voided_at IS NOT NULL`);
    await q.query(`DELETE FROM campaigns.customs_reform_measure WHERE revoked_on IS NOT NULL`);
    for (const sql of rollupFunctions('')) await q.query(sql);

    await q.query(`DROP INDEX campaigns.customs_reform_measure_in_force_key`);
    await q.query(`
      ALTER TABLE campaigns.customs_reform_measure
        DROP CONSTRAINT customs_reform_measure_revoked_check,
        DROP COLUMN revoked_on,
        DROP COLUMN revoke_reason,
        ADD CONSTRAINT customs_reform_measure_org_unit_id_kind_key UNIQUE (org_unit_id, kind)`);
    await q.query(`ALTER TABLE campaigns.work_brand DROP COLUMN retired_at`);
    await q.query(`ALTER TABLE campaigns.campaign_action DROP COLUMN retired_at`);
    await q.query(`DROP INDEX campaigns.campaign_event_time_idx`);
    await q.query(
      `ALTER TABLE campaigns.campaign_event DROP CONSTRAINT campaign_event_void_reason_check, DROP COLUMN voided_at, DROP COLUMN void_reason`,
    );
    await q.query(`ALTER TABLE campaigns.campaign DROP COLUMN closed_at, DROP COLUMN close_reason`);
    for (const table of EDITED_TABLES) await q.query(`ALTER TABLE campaigns.${table} DROP COLUMN version`);
  }
}
