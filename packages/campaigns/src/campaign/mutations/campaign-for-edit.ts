import type { Permission } from '@civic/runtime';
import { notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import type { CampaignEntity } from '../campaign.entity';

/**
 * The campaign an edit is aimed at, once the caller may edit it: UNAUTHENTICATED or FORBIDDEN for a
 * role without `permission`, NOT_FOUND for no such campaign, FORBIDDEN for an organiser outside the
 * caller's subtree. The edit itself re-reads it locked (lockForEdit).
 */
export async function campaignForEdit(
  ctx: CampaignsContext,
  id: string,
  permission: Permission = 'campaign:write',
): Promise<CampaignEntity> {
  ctx.access.requirePermission(permission);
  const campaignId = parseId(id, 'campaign');
  const campaign = await ctx.loaders.campaignById.load(String(campaignId));
  if (!campaign) throw notFound('campaign', campaignId);
  await ctx.access.requireWrite(permission, campaign.organizerUnitId);
  return campaign;
}
