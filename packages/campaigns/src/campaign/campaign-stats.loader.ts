import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { eventStatsByLoader, type EventStatsKey } from '../stats/event-stats-by.loader';
import type { CampaignStats } from './campaign-stats.type';

/** Events, audience and distinct volunteers of many campaigns, each over its period, in one statement. */
export function campaignStatsLoader(db: DataSource): DataLoader<EventStatsKey, CampaignStats, string> {
  return eventStatsByLoader(db, 'campaign_id');
}
