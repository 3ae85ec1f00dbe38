import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/kernel';
import { campaignStatsLoader } from './campaign/campaign-stats.loader';
import { campaignByIdLoader } from './campaign/campaign.loader';
import { unitCampaignStatsLoader } from './org-unit/unit-campaign-stats.loader';

export function createCampaignsLoaders(db: DataSource) {
  return {
    campaignById: campaignByIdLoader(db),
    campaignStats: campaignStatsLoader(db),
    unitCampaignStats: unitCampaignStatsLoader(db),
  };
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;
export type CampaignsContext = SubgraphContext<CampaignsLoaders>;
