import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { changeView, parseViewState, viewStateParams, type CampaignViewState } from './view-state';

/** The earlier pages' cursors of the event list ('' for the first page), kept in the history entry for 上一页. */
interface HistoryState {
  cursors?: string[];
}

export interface ViewStateControls {
  state: CampaignViewState;
  /** Applies a change (see changeView) as a new history entry, or in place of this one. */
  update(change: Partial<CampaignViewState>, options?: { replace?: boolean }): void;
  /** How many pages of the event list lie before this one. */
  pagesBefore: number;
  nextPage(endCursor: string): void;
  previousPage(): void;
}

/** The view's state lives in the URL: reading it, and changing it by navigating. */
export function useViewState(): ViewStateControls {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseViewState(new URLSearchParams(location.search)), [location.search]);
  const cursors = useMemo(() => (location.state as HistoryState | null)?.cursors ?? [], [location.state]);

  const go = useCallback(
    (next: CampaignViewState, historyState: HistoryState, replace = false) =>
      void navigate({ pathname: location.pathname, search: `?${viewStateParams(next).toString()}` }, { replace, state: historyState }),
    [navigate, location.pathname],
  );

  const update = useCallback(
    (change: Partial<CampaignViewState>, options?: { replace?: boolean }) => go(changeView(state, change), {}, options?.replace),
    [go, state],
  );
  const nextPage = useCallback(
    (endCursor: string) => go({ ...state, after: endCursor }, { cursors: [...cursors, state.after ?? ''] }),
    [go, state, cursors],
  );
  const previousPage = useCallback(
    () => go({ ...state, after: cursors.at(-1) || undefined }, { cursors: cursors.slice(0, -1) }),
    [go, state, cursors],
  );
  return { state, update, pagesBefore: cursors.length, nextPage, previousPage };
}
