import { badUserInput, notFound } from '@civic/runtime';
import type { CampaignActionEntity } from '../../campaign-action/campaign-action.entity';
import type { WorkBrandEntity } from '../../work-brand/work-brand.entity';

/** An event may be filed under a sub-action of its own campaign that is not retired. */
export function assertUsableAction(action: CampaignActionEntity | null, actionId: number, campaignId: number): void {
  if (!action) throw notFound('campaign action', actionId);
  if (action.campaignId !== campaignId) {
    throw badUserInput(`actionId ${action.id} belongs to campaign ${action.campaignId}, not to campaign ${campaignId}`, {
      argument: 'input.actionId',
    });
  }
  if (action.retiredAt !== null) throw badUserInput(`campaign action ${action.id} is retired`, { argument: 'input.actionId' });
}

/** An event may be held under a work brand that is not retired. */
export function assertUsableBrand(brand: WorkBrandEntity | null, brandId: number): void {
  if (!brand) throw notFound('work brand', brandId);
  if (brand.retiredAt !== null) throw badUserInput(`work brand ${brand.id} is retired`, { argument: 'input.workBrandId' });
}
