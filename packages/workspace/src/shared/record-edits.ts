import type { DeepPartial } from 'typeorm';
import { lockForEdit, type AuditDetails } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../loaders';
import type { OwnedRecordEntity } from './owned-record';
import { editableRecord } from './record-access';
import type { RecordKind } from './record-kind';
import { ownerUnitForNewRecord } from './owner-unit';

/** What an edit makes of the record as read: the fields it sets and what the audit entry tells. */
export interface RecordChange<T> {
  values: Partial<T>;
  details?: AuditDetails;
}

/** Saves a new record for the caller, owned by the caller's unit (none for unscoped roles); row and audit entry commit together. */
export async function createRecord<T extends OwnedRecordEntity>(
  kind: RecordKind<T>,
  ctx: WorkspaceContext,
  action: string,
  values: Partial<T>,
): Promise<T> {
  ctx.access.requirePermission(kind.permission);
  const ownerUnitId = await ownerUnitForNewRecord(ctx);
  return ctx.db.transaction(async (manager) => {
    const records = manager.getRepository(kind.entity);
    const now = new Date();
    const fields = { ...values, ownerUnitId, createdBy: ctx.access.identity.subject, createdAt: now, updatedAt: now };
    const record = await records.save(records.create(fields as DeepPartial<T>));
    await ctx.audit.record(manager, action, kind.entityType, [record.id]);
    return record;
  });
}

/**
 * Changes a record the caller may edit, on the version the caller read (CONFLICT with the current
 * version otherwise). A change that sets every field to the value it has leaves the record and its
 * version as they are; the audit entry is written either way.
 */
export async function editRecord<T extends OwnedRecordEntity>(
  kind: RecordKind<T>,
  ctx: WorkspaceContext,
  action: string,
  id: string,
  expectedVersion: number,
  change: (before: T) => RecordChange<T>,
): Promise<T> {
  const { id: recordId } = await editableRecord(kind, ctx, id);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, kind.entity, recordId, expectedVersion, kind.what);
    const { values, details } = change(before);
    const changed = (Object.keys(values) as (keyof T)[]).some((field) => values[field] !== before[field]);
    const saved = changed ? await manager.getRepository(kind.entity).save({ ...before, ...values, updatedAt: new Date() }) : before;
    await ctx.audit.record(manager, action, kind.entityType, [recordId], details);
    return saved;
  });
}

/** Deletes a record the caller may edit, on the version the caller read; the audit entry keeps its name. Answers its id. */
export async function deleteRecord<T extends OwnedRecordEntity>(
  kind: RecordKind<T>,
  ctx: WorkspaceContext,
  action: string,
  id: string,
  expectedVersion: number,
): Promise<string> {
  const { id: recordId } = await editableRecord(kind, ctx, id);
  await ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, kind.entity, recordId, expectedVersion, kind.what);
    await manager.getRepository(kind.entity).delete(recordId);
    await ctx.audit.record(manager, action, kind.entityType, [recordId], { changes: { name: { from: before.name, to: null } } });
  });
  return String(recordId);
}
