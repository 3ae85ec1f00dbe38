import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error';
import { operationName } from '../../../api/use-graphql';
import { SavedViewById, SavedViewList } from './saved-view-documents';

/** A stale expectedVersion: someone saved the view since it was read. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

/** What the console tells a user whose save met someone else's. */
export const CONFLICT_MESSAGE = '看板已被他人修改';

/** Forgets what the console read of saved views (the list, one view, its figures), after a change. */
export function useForgetSavedViews(): (viewId?: string) => Promise<void> {
  const queryClient = useQueryClient();
  return async (viewId) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [operationName(SavedViewList)] }),
      queryClient.invalidateQueries({ queryKey: [operationName(SavedViewById)] }),
      viewId
        ? queryClient.invalidateQueries({ queryKey: ['console-saved-view-panels', viewId] })
        : queryClient.invalidateQueries({ queryKey: ['console-saved-view-panels'] }),
    ]);
  };
}
