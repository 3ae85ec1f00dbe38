import { changedFields } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../../loaders';
import { createRecord, deleteRecord, editRecord } from '../../shared/record-edits';
import { longTextChanges } from '../../shared/text-fingerprint';
import type { SavedQueryEntity } from '../saved-query.entity';
import { SAVED_QUERY } from '../saved-query.kind';
import type { CreateSavedQueryInput } from './create-saved-query.input';
import type { UpdateSavedQueryInput } from './update-saved-query.input';

/** Saves a new query for the caller's org unit (none for unscoped roles). */
export function createSavedQuery(ctx: WorkspaceContext, input: CreateSavedQueryInput): Promise<SavedQueryEntity> {
  return createRecord(SAVED_QUERY, ctx, 'createSavedQuery', {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    query: input.query,
    variables: input.variables ?? null,
  });
}

/** Changes a query's name, description, text or variables on the version the editor read. */
export function updateSavedQuery(ctx: WorkspaceContext, id: string, input: UpdateSavedQueryInput): Promise<SavedQueryEntity> {
  return editRecord(SAVED_QUERY, ctx, 'updateSavedQuery', id, input.expectedVersion, (before) => {
    const values: Partial<SavedQueryEntity> = {};
    if (input.name != null) values.name = input.name.trim();
    if (input.description !== undefined) values.description = input.description?.trim() || null;
    if (input.query != null) values.query = input.query;
    if (input.variables !== undefined) values.variables = input.variables;
    const after = { ...before, ...values };
    return {
      values,
      details: {
        changes: { ...changedFields(before, after, ['name', 'description']), ...longTextChanges(before, after, ['query', 'variables']) },
      },
    };
  });
}

export function deleteSavedQuery(ctx: WorkspaceContext, id: string, expectedVersion: number): Promise<string> {
  return deleteRecord(SAVED_QUERY, ctx, 'deleteSavedQuery', id, expectedVersion);
}
