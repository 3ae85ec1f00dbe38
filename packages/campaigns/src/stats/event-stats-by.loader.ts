import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { toCampaignStats, type CampaignStatsRow } from '../campaign/campaign-stats.row';
import type { CampaignStats } from '../campaign/campaign-stats.type';

/** The event columns figures can be grouped by. */
export type EventGrouping = 'campaign_id' | 'lecture_group_id' | 'work_brand_id' | 'action_id';

/** Events, audience and distinct volunteers of many campaigns (or groups, brands, actions) in one statement. */
export function eventStatsByLoader(db: DataSource, column: EventGrouping): DataLoader<number, CampaignStats> {
  return new DataLoader<number, CampaignStats>(async (ids) => {
    const rows: (CampaignStatsRow & { owner_id: number })[] = await db.query(
      `WITH events AS (
         SELECT e.${column} AS owner_id, count(*) AS event_count, sum(e.audience_count) AS audience_total
         FROM campaigns.campaign_event e WHERE e.${column} = ANY($1::int[])
         GROUP BY e.${column}
       ),
       helpers AS (
         SELECT e.${column} AS owner_id, count(DISTINCT v.volunteer_id) AS volunteer_count
         FROM campaigns.campaign_event e JOIN campaigns.event_volunteer v ON v.event_id = e.id
         WHERE e.${column} = ANY($1::int[])
         GROUP BY e.${column}
       )
       SELECT ev.owner_id, ev.event_count, ev.audience_total, coalesce(h.volunteer_count, 0) AS volunteer_count
       FROM events ev LEFT JOIN helpers h ON h.owner_id = ev.owner_id`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [Number(row.owner_id), row]));
    return ids.map((id) => toCampaignStats(byId.get(id)));
  });
}
