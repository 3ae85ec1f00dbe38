import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { periodBounds, StatsScope, tryParseId, type Period } from '@civic/subgraph-kit';
import { toCampaignStats, type CampaignStatsRow } from '../campaign/campaign-stats.row';
import type { CampaignStats } from '../campaign/campaign-stats.type';

export interface UnitCampaignStatsKey extends Period {
  unitId: string;
  scope: StatsScope;
  /** Only events of this campaign; null for all campaigns. */
  campaignId: number | null;
  /** Count distinct volunteers too (the one figure not in the roll-up); 0 otherwise. */
  withVolunteers: boolean;
}

/**
 * Events and audience come from the per-unit roll-ups (`campaigns.unit_event_rollup`, or per
 * campaign `campaigns.unit_campaign_event_rollup`), which hold all time; over a period they are
 * counted from the covered units' events (the (host_unit_id, held_at) index). Distinct volunteers
 * cannot be summed per unit, so they are counted from the covered units' events, and only for keys
 * that ask. Voided events count nowhere (the roll-ups leave them out too).
 */
const UNIT_CAMPAIGN_STATS = subtreeStatistics<UnitCampaignStatsKey, CampaignStatsRow & { ord: string }>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: (key) => key.scope !== StatsScope.SELF,
  perKey: {
    campaign_id: { type: 'int', of: (key) => key.campaignId },
    with_volunteers: { type: 'boolean', of: (key) => key.withVolunteers },
    start_at: { type: 'timestamptz', of: (key) => periodBounds(key).start },
    end_at: { type: 'timestamptz', of: (key) => periodBounds(key).end },
  },
  with: {
    events: `
  SELECT c.ord, sum(r.event_count) AS event_count, sum(r.audience_total) AS audience_total
  FROM covered c JOIN campaigns.unit_event_rollup r ON r.unit_id = c.unit_id
  WHERE c.campaign_id IS NULL AND c.start_at IS NULL AND c.end_at IS NULL
  GROUP BY c.ord
  UNION ALL
  SELECT c.ord, sum(r.event_count), sum(r.audience_total)
  FROM covered c JOIN campaigns.unit_campaign_event_rollup r ON r.unit_id = c.unit_id AND r.campaign_id = c.campaign_id
  WHERE c.start_at IS NULL AND c.end_at IS NULL
  GROUP BY c.ord
  UNION ALL
  SELECT c.ord, count(*), sum(e.audience_count)
  FROM covered c JOIN campaigns.campaign_event e
    ON e.host_unit_id = c.unit_id AND (c.campaign_id IS NULL OR e.campaign_id = c.campaign_id) AND e.voided_at IS NULL
   AND e.held_at >= coalesce(c.start_at, '-infinity') AND e.held_at < coalesce(c.end_at, 'infinity')
  WHERE c.start_at IS NOT NULL OR c.end_at IS NOT NULL
  GROUP BY c.ord`,
    helpers: `
  SELECT c.ord, count(DISTINCT v.volunteer_id) AS volunteer_count
  FROM covered c
  JOIN campaigns.campaign_event e
    ON e.host_unit_id = c.unit_id AND (c.campaign_id IS NULL OR e.campaign_id = c.campaign_id) AND e.voided_at IS NULL
   AND e.held_at >= coalesce(c.start_at, '-infinity') AND e.held_at < coalesce(c.end_at, 'infinity')
  JOIN campaigns.event_volunteer v ON v.event_id = e.id
  WHERE c.with_volunteers
  GROUP BY c.ord`,
  },
  aggregate: `SELECT ev.ord, ev.event_count, ev.audience_total, coalesce(hp.volunteer_count, 0) AS volunteer_count
FROM events ev LEFT JOIN helpers hp ON hp.ord = ev.ord`,
});

/** Figures of the events hosted by many (unit, scope, campaign) keys in one statement; unknown units get zeros. */
export function unitCampaignStatsLoader(db: DataSource): DataLoader<UnitCampaignStatsKey, CampaignStats, string> {
  return new DataLoader<UnitCampaignStatsKey, CampaignStats, string>(
    async (keys) => (await UNIT_CAMPAIGN_STATS.rowsOfEachKey(db, keys)).map(([row]) => toCampaignStats(row)),
    {
      cacheKeyFn: (key) =>
        `${key.unitId}:${key.scope}:${key.campaignId ?? '*'}:${key.withVolunteers ? 'v' : '-'}:${key.from ?? ''}:${key.to ?? ''}`,
    },
  );
}
