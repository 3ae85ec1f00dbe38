import { forbidden, grants, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../loaders';
import type { OwnedRecordEntity } from './owned-record';
import { isScoped, readScopeOf, type ReadScope } from './read-scope';
import type { RecordKind } from './record-kind';

/** Whether a caller of `scope` reads records owned by `ownerUnitId` (null: saved by an unscoped role). */
async function isVisible(ctx: WorkspaceContext, scope: ReadScope, ownerUnitId: number | null): Promise<boolean> {
  if (scope.kind !== 'withinOwnerSubtree') return scope.kind === 'all';
  return ownerUnitId !== null && ctx.loaders.ownerVisibleTo(scope.unitCode).load(ownerUnitId);
}

/**
 * One record by id if the caller may read it; null when there is none or it is not visible (the two
 * look the same). UNAUTHENTICATED without a token, BAD_USER_INPUT for a malformed id.
 */
export async function readableRecord<T extends OwnedRecordEntity>(
  kind: RecordKind<T>,
  ctx: WorkspaceContext,
  id: string,
): Promise<T | null> {
  const scope = readScopeOf(ctx.access.identity, kind.whatPlural);
  const recordId = parseId(id, kind.what);
  if (scope.kind === 'none') return null;
  const record = await kind.byId(ctx).load(String(recordId));
  return record && (await isVisible(ctx, scope, record.ownerUnitId)) ? record : null;
}

/**
 * The record an edit (change, share, delete) is aimed at, once the caller may edit it: needs the
 * kind's permission, the record visible (else NOT_FOUND, as for a missing one) and, for scoped
 * callers, its owner unit inside the caller's subtree: a township worker reads the county's view
 * but may not change it. Unscoped, ADMIN edits every record, any other role only those without an
 * owner unit. The edit re-reads it locked (lockForEdit).
 */
export async function editableRecord<T extends OwnedRecordEntity>(kind: RecordKind<T>, ctx: WorkspaceContext, id: string): Promise<T> {
  ctx.access.requirePermission(kind.permission);
  const record = await readableRecord(kind, ctx, id);
  if (!record) throw notFound(kind.what, id);
  const { ownerUnitId } = record;
  if (ownerUnitId === null) return record;
  if (isScoped(ctx.access.identity)) await ctx.access.requireWrite(kind.permission, ownerUnitId);
  else if (ctx.access.identity.role !== 'ADMIN') {
    throw forbidden(
      `role ${ctx.access.identity.role} may only change ${kind.whatPlural} saved without an org unit; ${kind.what} ${id} belongs to org unit ${ownerUnitId}`,
    );
  }
  return record;
}

/** Whether the caller may edit a record it has read, decided as `editableRecord` decides (for what only editors are shown). */
export async function mayEdit<T extends OwnedRecordEntity>(kind: RecordKind<T>, ctx: WorkspaceContext, record: T): Promise<boolean> {
  const { identity } = ctx.access;
  if (!ctx.access.isSignedIn || !grants(identity.role, kind.permission)) return false;
  if (!(await isVisible(ctx, readScopeOf(identity, kind.whatPlural), record.ownerUnitId))) return false;
  if (record.ownerUnitId === null) return true;
  return isScoped(identity) ? ctx.access.mayWrite(kind.permission, record.ownerUnitId) : identity.role === 'ADMIN';
}
