import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { StatsScope, tryParseId } from '@civic/kernel';
import { toCampaignStats, type CampaignStatsRow } from '../campaign/campaign-stats.row';
import type { CampaignStats } from '../campaign/campaign-stats.type';

export interface UnitCampaignStatsKey {
  unitId: string;
  scope: StatsScope;
  /** Only events of this campaign; null for all campaigns. */
  campaignId: number | null;
}

/**
 * Figures of the events hosted by many (unit, scope, campaign) keys in one statement. The subtree
 * comes from the org subgraph's published view `org.unit_tree` (materialised paths such as
 * '/1/5/23/'), so it is right the moment a unit moves. Unknown units match nothing: zeros.
 */
export function unitCampaignStatsLoader(db: DataSource): DataLoader<UnitCampaignStatsKey, CampaignStats, string> {
  return new DataLoader<UnitCampaignStatsKey, CampaignStats, string>(
    async (keys) => {
      const unitIds = keys.map((k) => tryParseId(k.unitId) ?? 0);
      const subtree = keys.map((k) => k.scope !== StatsScope.SELF);
      const campaignIds = keys.map((k) => k.campaignId);
      const rows: (CampaignStatsRow & { ord: string })[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.unit_id, q.subtree, q.campaign_id, t.path
           FROM unnest($1::int[], $2::boolean[], $3::int[]) WITH ORDINALITY AS q(unit_id, subtree, campaign_id, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         hosted AS (
           SELECT a.ord, e.id AS event_id, e.audience_count
           FROM asked a
           -- the range (~>=~ / ~<~; '~' sorts after '/' and digits) lets the planner use the path index; LIKE with a computed pattern cannot
           JOIN org.unit_tree u ON CASE WHEN a.subtree THEN u.path LIKE a.path || '%' ELSE u.id = a.unit_id END AND u.path ~>=~ a.path AND u.path ~<~ (a.path || '~')
           JOIN campaigns.campaign_event e ON e.host_unit_id = u.id AND (a.campaign_id IS NULL OR e.campaign_id = a.campaign_id)
         ),
         events AS (
           SELECT ord, count(*) AS event_count, sum(audience_count) AS audience_total FROM hosted GROUP BY ord
         ),
         helpers AS (
           SELECT h.ord, count(DISTINCT v.volunteer_id) AS volunteer_count
           FROM hosted h JOIN campaigns.event_volunteer v ON v.event_id = h.event_id
           GROUP BY h.ord
         )
         SELECT ev.ord, ev.event_count, ev.audience_total, coalesce(hp.volunteer_count, 0) AS volunteer_count
         FROM events ev LEFT JOIN helpers hp ON hp.ord = ev.ord`,
        [unitIds, subtree, campaignIds],
      );
      const byOrd = new Map(rows.map((row) => [Number(row.ord), row]));
      return keys.map((_, i) => toCampaignStats(byOrd.get(i + 1)));
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.campaignId ?? '*'}` },
  );
}
