import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { periodBounds, type Period } from '@civic/subgraph-kit';
import { toCampaignStats, type CampaignStatsRow } from '../campaign/campaign-stats.row';
import type { CampaignStats } from '../campaign/campaign-stats.type';

/** The event columns figures can be grouped by. */
export type EventGrouping = 'campaign_id' | 'lecture_group_id' | 'work_brand_id' | 'action_id';

/** Whose figures (a campaign, group, brand or sub-action id), over which period (open ends: all time). */
export interface EventStatsKey extends Period {
  id: number;
}

/**
 * Events, audience and distinct volunteers of many campaigns (or groups, brands, actions), each over
 * its own period, in one statement. Voided events count nowhere.
 */
export function eventStatsByLoader(db: DataSource, column: EventGrouping): DataLoader<EventStatsKey, CampaignStats, string> {
  return new DataLoader<EventStatsKey, CampaignStats, string>(
    async (keys) => {
      const bounds = keys.map((key) => periodBounds(key));
      const rows: (CampaignStatsRow & { ord: string })[] = await db.query(
        `WITH asked AS (
           SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS a(owner_id, start_at, end_at, ord)
         ),
         counted AS (
           SELECT a.ord, e.id, e.audience_count
           FROM asked a JOIN campaigns.campaign_event e
             ON e.${column} = a.owner_id AND e.voided_at IS NULL
            AND e.held_at >= coalesce(a.start_at, '-infinity') AND e.held_at < coalesce(a.end_at, 'infinity')
         ),
         events AS (SELECT ord, count(*) AS event_count, sum(audience_count) AS audience_total FROM counted GROUP BY ord),
         helpers AS (
           SELECT c.ord, count(DISTINCT v.volunteer_id) AS volunteer_count
           FROM counted c JOIN campaigns.event_volunteer v ON v.event_id = c.id
           GROUP BY c.ord
         )
         SELECT ev.ord, ev.event_count, ev.audience_total, coalesce(h.volunteer_count, 0) AS volunteer_count
         FROM events ev LEFT JOIN helpers h ON h.ord = ev.ord`,
        [keys.map((key) => key.id), bounds.map((b) => b.start), bounds.map((b) => b.end)],
      );
      const byOrd = new Map(rows.map((row) => [Number(row.ord), row]));
      return keys.map((_, i) => toCampaignStats(byOrd.get(i + 1)));
    },
    { cacheKeyFn: (key) => `${key.id}:${key.from ?? ''}:${key.to ?? ''}` },
  );
}
