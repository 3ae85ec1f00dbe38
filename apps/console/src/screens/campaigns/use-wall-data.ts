import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { executeBatch, operation } from '../../api/graphql-client';
import { CampaignViewEvents, CampaignViewFigures } from './campaign-view-documents';
import { eventsVariables, figuresVariables } from './use-campaign-view';
import { DEFAULT_SORT, type CampaignViewState } from './view-state';

/** Latest events the wall lists. */
const WALL_EVENTS = 7;

/**
 * The wall's figures and latest events: both operations in one batched request, repeated every
 * `refreshMs` by react-query (the page is never reloaded); the previous answer stays on screen
 * while the next one loads, so the charts are updated in place.
 */
export function useWallData(state: CampaignViewState, refreshMs: number) {
  const figures = figuresVariables(state);
  const events = eventsVariables({ ...state, sort: DEFAULT_SORT, search: undefined, after: undefined }, WALL_EVENTS);
  return useQuery({
    queryKey: ['ConsoleCampaignWall', figures],
    queryFn: async ({ signal }) => {
      const [figuresData, eventsData] = await executeBatch(
        [operation(CampaignViewFigures, figures), operation(CampaignViewEvents, events)] as const,
        { signal },
      );
      return { figures: figuresData, events: eventsData };
    },
    enabled: Boolean(state.campaignId && state.scopeId),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
