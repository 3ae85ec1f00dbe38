import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../../api/graphql-client';
import type { ConsolePublicViewQuery, ConsoleSavedViewQuery } from '../../../gql/graphql';
import { PublicViewByKey, SavedViewById } from '../api/saved-view-documents';
import { parseViewDefinition, type ParsedDefinition } from '../definition/parse-view-definition';
import type { Panel } from '../definition/view-definition';
import { runPanels, type PanelOutcomes } from './run-panels';
import type { PanelContext } from './plan-types';

export type SavedViewRecord = NonNullable<ConsoleSavedViewQuery['savedView']>;
export type PublicViewRecord = NonNullable<ConsolePublicViewQuery['publicView']>;

export interface LoadedView<TView> {
  /** null when there is no such view (or the caller may not read it, or the link was revoked). */
  view: TView | null;
  parsed: ParsedDefinition;
  outcomes: PanelOutcomes;
}

const EMPTY: ParsedDefinition = { definition: { version: 1, panels: [] }, repairs: [] };

/**
 * A saved view and its panels' figures: two requests (the view, then all panels in one batch),
 * also on every refresh of a wall screen, which `refreshMs` turns on.
 */
export function useSavedViewPanels(viewId: string, refreshMs?: number) {
  return useQuery<LoadedView<SavedViewRecord>, Error>({
    queryKey: ['console-saved-view-panels', viewId],
    queryFn: async ({ signal }) => {
      const { savedView } = await execute(SavedViewById, { id: viewId }, { signal });
      if (!savedView) return { view: null, parsed: EMPTY, outcomes: {} };
      const parsed = parseViewDefinition(savedView.definition);
      const context: PanelContext = { anonymous: false, fallbackUnitId: savedView.ownerUnit?.id };
      return { view: savedView, parsed, outcomes: await runPanels(parsed.definition.panels, context, { signal }) };
    },
    refetchInterval: refreshMs,
    refetchIntervalInBackground: Boolean(refreshMs),
    placeholderData: keepPreviousData,
  });
}

/**
 * A shared view by its public link's key, read as an anonymous caller (no token sent, whoever is
 * signed in in this browser): the API answers aggregates only, never personal data.
 */
export function usePublicViewPanels(shareKey: string, refreshMs?: number) {
  return useQuery<LoadedView<PublicViewRecord>, Error>({
    queryKey: ['console-public-view-panels', shareKey],
    queryFn: async ({ signal }) => {
      const { publicView } = await execute(PublicViewByKey, { shareKey }, { signal, token: null });
      if (!publicView) return { view: null, parsed: EMPTY, outcomes: {} };
      const parsed = parseViewDefinition(publicView.definition);
      const outcomes = await runPanels(parsed.definition.panels, { anonymous: true }, { signal, token: null });
      return { view: publicView, parsed, outcomes };
    },
    refetchInterval: refreshMs,
    refetchIntervalInBackground: Boolean(refreshMs),
    placeholderData: keepPreviousData,
  });
}

/** The figures of panels being edited (the builder's preview), one batch per change. */
export function usePanelPreview(panels: readonly Panel[], context: PanelContext) {
  return useQuery<PanelOutcomes, Error>({
    queryKey: ['console-view-preview', panels, context],
    queryFn: ({ signal }) => runPanels(panels, context, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
