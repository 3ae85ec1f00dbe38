import type { ConsoleCampaignViewDefaultsQuery, ConsoleDefaultCampaignFragment } from '../../gql/graphql';

type OwnUnit = NonNullable<ConsoleCampaignViewDefaultsQuery['ownUnit']>;

/** Where a view opened without a campaign or scope starts (默认看板). */
export interface DefaultView {
  campaignId?: string;
  scopeId?: string;
}

/**
 * The campaign a user meets first: one of their own unit's (organised by it, below it or above
 * it), a Party-history lecture campaign first (the flagship of the year), an open one before a
 * closed one, else the latest started (the order the campaigns come in).
 */
export function pickDefaultCampaign(
  campaigns: readonly ConsoleDefaultCampaignFragment[],
  ownUnit: Pick<OwnUnit, 'code' | 'ancestors'> | null | undefined,
): ConsoleDefaultCampaignFragment | undefined {
  const score = (campaign: ConsoleDefaultCampaignFragment) =>
    (isRelated(campaign, ownUnit) ? 4 : 0) + (campaign.kind === 'PARTY_HISTORY_LECTURE' ? 2 : 0) + (campaign.closedAt ? 0 : 1);
  let best: ConsoleDefaultCampaignFragment | undefined;
  for (const campaign of campaigns) if (!best || score(campaign) > score(best)) best = campaign;
  return best;
}

/**
 * The scope a view covers by default: the user's own unit; without one (a platform administrator),
 * the top of the organizer's tree, which holds every event of the campaign.
 */
export function defaultScopeId(
  campaign: ConsoleDefaultCampaignFragment | null | undefined,
  ownUnit: Pick<OwnUnit, 'id'> | null | undefined,
) {
  if (ownUnit) return ownUnit.id;
  if (!campaign) return undefined;
  return campaign.organizer.ancestors[0]?.id ?? campaign.organizer.id;
}

function isRelated(campaign: ConsoleDefaultCampaignFragment, ownUnit: Pick<OwnUnit, 'code' | 'ancestors'> | null | undefined): boolean {
  if (!ownUnit) return false;
  const organizer = campaign.organizer;
  return (
    organizer.code === ownUnit.code ||
    organizer.ancestors.some((above) => above.code === ownUnit.code) ||
    ownUnit.ancestors.some((above) => above.code === organizer.code)
  );
}
