import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@civic/runtime';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** A changed field: its value before and after the change. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** What an entry tells beyond who did what: why (a correction's or a void's reason) and what changed. */
export interface AuditDetails {
  reason?: string | null;
  changes?: Record<string, FieldChange>;
}

/** The fields whose values differ between two versions of a record, for `AuditDetails.changes`. */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const [from, to] = [before[field], after[field]];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** The action name of reads of unmasked personal data. */
export const READ_PERSONAL_DATA = 'READ_PERSONAL_DATA';

/**
 * Writes who did what to which ids into `audit.entry`. One per request.
 * - Mutations call `record` with their transaction's manager: the entry commits or rolls back with them
 *   (or, written in one statement, put `entryInsert` in it).
 * - Resolvers that return unmasked personal data await `personalDataRead` before returning it:
 *   reads of one request are batched into one row, and a failed write fails the read (fail closed).
 */
export class AuditTrail {
  private readonly reads: DataLoader<string, true>;

  constructor(
    private readonly identity: Identity,
    private readonly service: string,
    private readonly requestId: string,
    db: Queryable,
  ) {
    this.reads = new DataLoader<string, true>(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(':');
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      for (const [type, ids] of byType) await this.insert(db, READ_PERSONAL_DATA, type, ids);
      return keys.map(() => true as const);
    });
  }

  record(manager: Queryable, action: string, entityType: string, ids: (string | number)[], details?: AuditDetails): Promise<void> {
    return this.insert(manager, action, entityType, ids.map(String), details);
  }

  /**
   * For a mutation written in one statement: an `INSERT INTO audit.entry … SELECT` recording this
   * request's actor, whose caller appends `FROM <rows> [WHERE …]`; `ids` is an SQL expression over
   * those rows (a text[]), parameters are numbered from `$firstParam`. Use it as a data-modifying
   * CTE, so the entry commits or rolls back with the write.
   */
  entryInsert(action: string, entityType: string, ids: string, firstParam: number): { sql: string; params: unknown[] } {
    const { subject, role, orgUnitCode } = this.identity;
    const p = (i: number) => `$${firstParam + i}`;
    return {
      sql: `INSERT INTO audit.entry (actor, role, actor_org_unit, action, entity_type, entity_ids, service, request_id)
            SELECT ${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${ids}, ${p(5)}, ${p(6)}`,
      params: [subject, role, orgUnitCode ?? null, action, entityType, this.service, this.requestId],
    };
  }

  async personalDataRead(entityType: string, id: string | number): Promise<void> {
    await this.reads.load(`${entityType}:${id}`);
  }

  private async insert(db: Queryable, action: string, entityType: string, ids: string[], details?: AuditDetails): Promise<void> {
    const changes = details?.changes && Object.keys(details.changes).length > 0 ? JSON.stringify(details.changes) : null;
    const { subject, role, orgUnitCode } = this.identity;
    await db.query(
      `INSERT INTO audit.entry (actor, role, actor_org_unit, action, entity_type, entity_ids, service, request_id, reason, changes)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10::jsonb)`,
      [subject, role, orgUnitCode ?? null, action, entityType, ids, this.service, this.requestId, details?.reason ?? null, changes],
    );
  }
}
