import { randomBytes } from 'node:crypto';
import { changedFields, type FieldChange } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../../loaders';
import { createRecord, deleteRecord, editRecord } from '../../shared/record-edits';
import { longTextChanges } from '../../shared/text-fingerprint';
import type { SavedViewEntity } from '../saved-view.entity';
import { SAVED_VIEW } from '../saved-view.kind';
import type { CreateSavedViewInput } from './create-saved-view.input';
import type { UpdateSavedViewInput } from './update-saved-view.input';

/** Saves a new view for the caller's org unit. */
export function createSavedView(ctx: WorkspaceContext, input: CreateSavedViewInput): Promise<SavedViewEntity> {
  return createRecord(SAVED_VIEW, ctx, 'createSavedView', {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    definition: input.definition,
    shareKey: null,
  });
}

/** Changes a view's name, description or definition on the version the editor read. */
export function updateSavedView(ctx: WorkspaceContext, id: string, input: UpdateSavedViewInput): Promise<SavedViewEntity> {
  return editRecord(SAVED_VIEW, ctx, 'updateSavedView', id, input.expectedVersion, (before) => {
    const values: Partial<SavedViewEntity> = {};
    if (input.name != null) values.name = input.name.trim();
    if (input.description !== undefined) values.description = input.description?.trim() || null;
    if (input.definition != null) values.definition = input.definition;
    const after = { ...before, ...values };
    return {
      values,
      details: { changes: { ...changedFields(before, after, ['name', 'description']), ...longTextChanges(before, after, ['definition']) } },
    };
  });
}

/** Deletes a view, and with it its public link. */
export function deleteSavedView(ctx: WorkspaceContext, id: string, expectedVersion: number): Promise<string> {
  return deleteRecord(SAVED_VIEW, ctx, 'deleteSavedView', id, expectedVersion);
}

/** What sharing changed, for the audit entry (never the key itself). */
function sharedChange(before: boolean, after: boolean): Record<string, FieldChange> {
  return before === after ? {} : { shared: { from: before, to: after } };
}

/** 18 random bytes: a 24-character base64url key nobody can guess. */
function newShareKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Gives a view a public read-only link; a view already shared keeps its key (links already handed out keep working). */
export function shareSavedView(ctx: WorkspaceContext, id: string, expectedVersion: number): Promise<SavedViewEntity> {
  return editRecord(SAVED_VIEW, ctx, 'shareSavedView', id, expectedVersion, (before) => ({
    values: before.shareKey === null ? { shareKey: newShareKey() } : {},
    details: { changes: sharedChange(before.shareKey !== null, true) },
  }));
}

/** Revokes a view's public link: its key then finds nothing. Sharing again makes a new key. */
export function unshareSavedView(ctx: WorkspaceContext, id: string, expectedVersion: number): Promise<SavedViewEntity> {
  return editRecord(SAVED_VIEW, ctx, 'unshareSavedView', id, expectedVersion, (before) => ({
    values: { shareKey: null },
    details: { changes: sharedChange(before.shareKey !== null, false) },
  }));
}
