import { percent } from '../shared/percent';
import type { CampaignStats } from './campaign-stats.type';
import type { CampaignEntity } from './campaign.entity';
import type { CampaignProgress } from './campaign-progress.type';

/** Progress from a campaign's targets and its figures: no statement of its own. */
export function campaignProgress(campaign: CampaignEntity, stats: CampaignStats): CampaignProgress {
  return {
    eventTarget: campaign.eventTarget,
    eventCount: stats.eventCount,
    eventPercent: percent(stats.eventCount, campaign.eventTarget),
    audienceTarget: campaign.audienceTarget,
    audienceTotal: stats.audienceTotal,
    audiencePercent: percent(stats.audienceTotal, campaign.audienceTarget),
  };
}
