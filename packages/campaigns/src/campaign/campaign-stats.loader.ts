import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { toCampaignStats, type CampaignStatsRow } from './campaign-stats.row';
import type { CampaignStats } from './campaign-stats.type';

/** Events, audience and distinct volunteers of many campaigns in one statement. */
export function campaignStatsLoader(db: DataSource): DataLoader<number, CampaignStats> {
  return new DataLoader<number, CampaignStats>(async (campaignIds) => {
    const rows: (CampaignStatsRow & { campaign_id: number })[] = await db.query(
      `WITH events AS (
         SELECT e.campaign_id, count(*) AS event_count, sum(e.audience_count) AS audience_total
         FROM campaigns.campaign_event e WHERE e.campaign_id = ANY($1::int[])
         GROUP BY e.campaign_id
       ),
       helpers AS (
         SELECT e.campaign_id, count(DISTINCT v.volunteer_id) AS volunteer_count
         FROM campaigns.campaign_event e JOIN campaigns.event_volunteer v ON v.event_id = e.id
         WHERE e.campaign_id = ANY($1::int[])
         GROUP BY e.campaign_id
       )
       SELECT ev.campaign_id, ev.event_count, ev.audience_total, coalesce(h.volunteer_count, 0) AS volunteer_count
       FROM events ev LEFT JOIN helpers h ON h.campaign_id = ev.campaign_id`,
      [campaignIds],
    );
    const byId = new Map(rows.map((row) => [Number(row.campaign_id), row]));
    return campaignIds.map((id) => toCampaignStats(byId.get(id)));
  });
}
