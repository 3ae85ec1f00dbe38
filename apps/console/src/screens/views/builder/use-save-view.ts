import { useGraphQLMutation } from '../../../api/use-graphql';
import { CreateSavedView, UpdateSavedView } from '../api/saved-view-documents';
import { useForgetSavedViews } from '../api/view-mutations';
import { serializeViewDefinition, type Panel } from '../definition/view-definition';

export interface ViewDraft {
  name: string;
  description: string;
  panels: Panel[];
}

/** The view as read: its id and version (the edit's expectedVersion); none for a new one. */
export interface SaveTarget {
  id: string;
  version: number;
}

/**
 * Saves a draft: createSavedView for a new view, updateSavedView with the version read for an
 * existing one (a stale version rejects with CONFLICT). Answers the view's id; errors are ApiError.
 */
export function useSaveView() {
  const create = useGraphQLMutation(CreateSavedView);
  const update = useGraphQLMutation(UpdateSavedView);
  const forget = useForgetSavedViews();
  const save = async (target: SaveTarget | undefined, draft: ViewDraft): Promise<string> => {
    const fields = {
      name: draft.name.trim(),
      description: draft.description.trim() || null,
      definition: serializeViewDefinition({ version: 1, panels: draft.panels }),
    };
    const id = target
      ? (await update.mutateAsync({ id: target.id, input: { ...fields, expectedVersion: target.version } })).updateSavedView.id
      : (await create.mutateAsync({ input: fields })).createSavedView.id;
    await forget(id);
    return id;
  };
  return { save, saving: create.isPending || update.isPending };
}
