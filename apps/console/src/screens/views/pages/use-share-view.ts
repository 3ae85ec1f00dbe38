import { useGraphQLMutation } from '../../../api/use-graphql';
import { ShareSavedView, UnshareSavedView, UpdateSavedView } from '../api/saved-view-documents';
import { withDefaultScope } from '../definition/arrange-panels';
import { parseViewDefinition } from '../definition/parse-view-definition';
import { serializeViewDefinition } from '../definition/view-definition';

export interface ShareableView {
  id: string;
  version: number;
  definition: string;
  ownerUnit?: { id: string; name: string } | null;
}

/**
 * Sharing and revoking a view's public link. A public link's reader has no unit, so before sharing,
 * panels without a scope of their own get the view's owner unit written into the definition (an
 * update with the version read, then the share with the version it answers): the link then shows
 * what the signed-in view shows. Answers whether the definition had to be completed.
 */
export function useShareView() {
  const update = useGraphQLMutation(UpdateSavedView);
  const share = useGraphQLMutation(ShareSavedView);
  const unshare = useGraphQLMutation(UnshareSavedView);

  const shareView = async (view: ShareableView): Promise<{ completedScope: boolean }> => {
    let expectedVersion = view.version;
    const { definition } = parseViewDefinition(view.definition);
    const owner = view.ownerUnit;
    const completedScope = Boolean(owner) && definition.panels.some((p) => !p.filters.unitId);
    if (completedScope && owner) {
      const panels = withDefaultScope(definition.panels, { unitId: owner.id, unitName: owner.name });
      const updated = await update.mutateAsync({
        id: view.id,
        input: { expectedVersion, definition: serializeViewDefinition({ version: 1, panels }) },
      });
      expectedVersion = updated.updateSavedView.version;
    }
    await share.mutateAsync({ id: view.id, expectedVersion });
    return { completedScope };
  };

  const unshareView = async (view: { id: string; version: number }) => {
    await unshare.mutateAsync({ id: view.id, expectedVersion: view.version });
  };

  return { shareView, unshareView, sharing: update.isPending || share.isPending, unsharing: unshare.isPending };
}
