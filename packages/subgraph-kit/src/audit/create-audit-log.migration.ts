import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform-wide audit log, `audit.entry`: every subgraph writes to it, so every subgraph lists
 * this migration; it is idempotent and serialised by an advisory lock, whichever runs first creates
 * it. Rows are append-only: a trigger refuses UPDATE and DELETE.
 */
export class CreateAuditLog1764374000000 implements MigrationInterface {
  name = 'CreateAuditLog1764374000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pg_advisory_xact_lock(hashtext('civic.audit.entry'))`);
    await q.query(`CREATE SCHEMA IF NOT EXISTS audit`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS audit.entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        actor_org_unit text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_ids text[] NOT NULL,
        service text NOT NULL,
        request_id text
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS entry_actor_idx ON audit.entry (actor, id)`);
    await q.query(`CREATE INDEX IF NOT EXISTS entry_entity_ids_idx ON audit.entry USING gin (entity_ids)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`);
    await q.query(`DROP TRIGGER IF EXISTS entry_append_only ON audit.entry`);
    await q.query(
      `CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`,
    );
  }

  async down(): Promise<void> {
    // Shared with the other subgraphs and kept for the record: rolling back one subgraph keeps the log.
  }
}
