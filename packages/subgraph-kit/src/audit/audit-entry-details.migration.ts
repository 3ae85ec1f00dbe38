import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an audit entry says beyond who did what: the reason given (for a correction, a void, a
 * close) and the changed fields' values before and after. Shared like CreateAuditLog: every
 * subgraph lists it, whichever runs first adds the columns.
 */
export class AuditEntryDetails1764375000000 implements MigrationInterface {
  name = 'AuditEntryDetails1764375000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pg_advisory_xact_lock(hashtext('civic.audit.entry'))`);
    await q.query(`ALTER TABLE audit.entry ADD COLUMN IF NOT EXISTS reason text`);
    await q.query(`ALTER TABLE audit.entry ADD COLUMN IF NOT EXISTS changes jsonb`);
  }

  async down(): Promise<void> {
    // Shared with the other subgraphs and kept for the record, as the log itself is.
  }
}
