import { useEffect } from 'react';
import { useGraphQLQuery } from '../../api/use-graphql';
import { useSignedIn } from '../../auth/session-context';
import { CampaignViewDefaults } from './campaign-view-documents';
import { defaultScopeId, pickDefaultCampaign } from './default-view';
import type { ViewStateControls } from './use-view-state';

/**
 * Fills in what a view opened without a campaign or scope lacks (the menu's plain /campaigns):
 * the user's campaign and own unit, written into the URL in place, so the link then holds them.
 * `found` is false when the user can see no campaign at all.
 */
export function useDefaultView({ state, update }: Pick<ViewStateControls, 'state' | 'update'>): {
  resolving: boolean;
  found: boolean;
  error: Error | null;
} {
  const session = useSignedIn();
  const complete = Boolean(state.campaignId && state.scopeId);
  const defaults = useGraphQLQuery(
    CampaignViewDefaults,
    {
      code: session.orgUnitCode ?? '',
      scoped: Boolean(session.orgUnitCode),
      campaignId: state.campaignId ?? '0',
      hasCampaign: Boolean(state.campaignId),
    },
    { enabled: !complete, staleTime: Infinity },
  );

  const data = defaults.data;
  const campaign = data ? (data.chosen ?? pickDefaultCampaign(data.campaigns?.edges.map((e) => e.node) ?? [], data.ownUnit)) : undefined;
  const campaignId = state.campaignId ?? campaign?.id;
  const scopeId = state.scopeId ?? (data ? defaultScopeId(campaign, data.ownUnit) : undefined);

  useEffect(() => {
    if (!complete && campaignId && scopeId) update({ campaignId, scopeId }, { replace: true });
  }, [complete, campaignId, scopeId, update]);

  return {
    resolving: !complete && !defaults.isError && (defaults.isPending || Boolean(campaignId && scopeId)),
    found: complete || Boolean(campaign),
    error: complete ? null : defaults.error,
  };
}
