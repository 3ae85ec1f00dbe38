import { conflict } from '@civic/runtime';
import { lockForEdit } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CampaignEntity } from '../campaign.entity';
import { campaignForEdit } from './campaign-for-edit';
import type { CampaignStateInput } from './campaign-state.input';

/**
 * Closes a campaign: it takes no new events. Its events can still be corrected and voided (each with
 * a reason): closing ends the recording, not the duty to keep its figures true.
 */
export function closeCampaign(ctx: CampaignsContext, input: CampaignStateInput): Promise<CampaignEntity> {
  return setClosed(ctx, input, true);
}

/** Reopens a closed campaign for new events. */
export function reopenCampaign(ctx: CampaignsContext, input: CampaignStateInput): Promise<CampaignEntity> {
  return setClosed(ctx, input, false);
}

async function setClosed(ctx: CampaignsContext, input: CampaignStateInput, close: boolean): Promise<CampaignEntity> {
  const { id } = await campaignForEdit(ctx, input.id);
  const reason = input.reason?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const campaign = await lockForEdit(manager, CampaignEntity, id, input.expectedVersion, 'campaign');
    if ((campaign.closedAt !== null) === close) throw conflict(`campaign ${id} is already ${close ? 'closed' : 'open'}`);
    const before = campaign.closedAt;
    campaign.closedAt = close ? new Date() : null;
    campaign.closeReason = close ? reason : null;
    const saved = await manager.getRepository(CampaignEntity).save(campaign);
    await ctx.audit.record(manager, close ? 'closeCampaign' : 'reopenCampaign', 'Campaign', [id], {
      reason,
      changes: { closedAt: { from: before, to: saved.closedAt } },
    });
    return saved;
  });
}
