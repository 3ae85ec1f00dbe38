import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { coveredUnits, StatsScope, tryParseId } from '@civic/subgraph-kit';
import { toCampaignStats, type CampaignStatsRow } from '../campaign/campaign-stats.row';
import type { CampaignStats } from '../campaign/campaign-stats.type';

export interface UnitCampaignStatsKey {
  unitId: string;
  scope: StatsScope;
  /** Only events of this campaign; null for all campaigns. */
  campaignId: number | null;
  /** Count distinct volunteers too (the one figure not in the roll-up); 0 otherwise. */
  withVolunteers: boolean;
}

/**
 * Figures of the events hosted by many (unit, scope, campaign) keys in one statement. The covered
 * units come from the org subgraph's published view `org.unit_tree` (a range over the materialised
 * paths, which the path index serves), so they are right the moment a unit moves; events and
 * audience come from the per-unit roll-ups (`campaigns.unit_event_rollup`, or per campaign
 * `campaigns.unit_campaign_event_rollup`). Distinct volunteers
 * cannot be summed per unit, so they are counted from the covered units' events, and only for keys
 * that ask. Unknown units match nothing: zeros.
 */
export function unitCampaignStatsLoader(db: DataSource): DataLoader<UnitCampaignStatsKey, CampaignStats, string> {
  return new DataLoader<UnitCampaignStatsKey, CampaignStats, string>(
    async (keys) => {
      const rows: (CampaignStatsRow & { ord: string })[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.unit_id, q.subtree, q.campaign_id, q.with_volunteers, t.path
           FROM unnest($1::int[], $2::boolean[], $3::int[], $4::boolean[]) WITH ORDINALITY AS q(unit_id, subtree, campaign_id, with_volunteers, ord)
           JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         covered AS (
           SELECT a.ord, a.campaign_id, a.with_volunteers, c.unit_id
           FROM asked a CROSS JOIN LATERAL (
             ${coveredUnits('a')}
           ) c
         ),
         events AS (
           SELECT c.ord, sum(r.event_count) AS event_count, sum(r.audience_total) AS audience_total
           FROM covered c JOIN campaigns.unit_event_rollup r ON r.unit_id = c.unit_id
           WHERE c.campaign_id IS NULL
           GROUP BY c.ord
           UNION ALL
           SELECT c.ord, sum(r.event_count), sum(r.audience_total)
           FROM covered c JOIN campaigns.unit_campaign_event_rollup r ON r.unit_id = c.unit_id AND r.campaign_id = c.campaign_id
           GROUP BY c.ord
         ),
         helpers AS (
           SELECT c.ord, count(DISTINCT v.volunteer_id) AS volunteer_count
           FROM covered c
           JOIN campaigns.campaign_event e ON e.host_unit_id = c.unit_id AND (c.campaign_id IS NULL OR e.campaign_id = c.campaign_id)
           JOIN campaigns.event_volunteer v ON v.event_id = e.id
           WHERE c.with_volunteers
           GROUP BY c.ord
         )
         SELECT ev.ord, ev.event_count, ev.audience_total, coalesce(hp.volunteer_count, 0) AS volunteer_count
         FROM events ev LEFT JOIN helpers hp ON hp.ord = ev.ord`,
        [keys.map((k) => tryParseId(k.unitId) ?? 0), keys.map((k) => k.scope !== StatsScope.SELF), keys.map((k) => k.campaignId), keys.map((k) => k.withVolunteers)],
      );
      const byOrd = new Map(rows.map((row) => [Number(row.ord), row]));
      return keys.map((_, i) => toCampaignStats(byOrd.get(i + 1)));
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.scope}:${key.campaignId ?? '*'}:${key.withVolunteers ? 'v' : '-'}` },
  );
}
