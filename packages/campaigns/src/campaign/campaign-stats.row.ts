import type { CampaignStats } from './campaign-stats.type';

/** What the stats statements return per key; counts come back as strings when they are bigint. */
export interface CampaignStatsRow {
  event_count: number | string;
  audience_total: number | string;
  volunteer_count: number | string;
}

export const EMPTY_CAMPAIGN_STATS: CampaignStats = { eventCount: 0, audienceTotal: 0, volunteerCount: 0 };

export function toCampaignStats(row: CampaignStatsRow | undefined): CampaignStats {
  if (!row) return EMPTY_CAMPAIGN_STATS;
  return { eventCount: Number(row.event_count), audienceTotal: Number(row.audience_total), volunteerCount: Number(row.volunteer_count) };
}
