import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { eventStatsByLoader } from '../stats/event-stats-by.loader';
import type { CampaignStats } from './campaign-stats.type';

/** Events, audience and distinct volunteers of many campaigns in one statement. */
export function campaignStatsLoader(db: DataSource): DataLoader<number, CampaignStats> {
  return eventStatsByLoader(db, 'campaign_id');
}
