import { keepPreviousData } from '@tanstack/react-query';
import { useGraphQLQuery } from '../../api/use-graphql';
import { CampaignViewEvents, CampaignViewFigures } from './campaign-view-documents';
import type { CampaignViewState } from './view-state';

/** Rows on a page of the event list. */
export const EVENT_PAGE_SIZE = 20;

export function figuresVariables(state: CampaignViewState) {
  return { campaignId: state.campaignId ?? '', unitId: state.scopeId ?? '', from: state.from ?? null, to: state.to ?? null };
}

export function eventsVariables(state: CampaignViewState, first = EVENT_PAGE_SIZE) {
  return {
    ...figuresVariables(state),
    search: state.search ?? null,
    orderBy: state.sort,
    first,
    after: state.after ?? null,
  };
}

/**
 * The view's figures and breakdowns: one request. While the next scope or period loads, the
 * previous answer stays on screen, so the charts are updated in place, never torn down.
 */
export function useViewFigures(state: CampaignViewState, refetchInterval?: number) {
  return useGraphQLQuery(CampaignViewFigures, figuresVariables(state), {
    enabled: Boolean(state.campaignId && state.scopeId),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}

/** The page of the event list the state names: the second request of a refresh. */
export function useViewEvents(state: CampaignViewState) {
  return useGraphQLQuery(CampaignViewEvents, eventsVariables(state), {
    enabled: Boolean(state.campaignId && state.scopeId),
    placeholderData: keepPreviousData,
  });
}
