import type { SubgraphHarness } from '@civic/testing';

/** Figures recounted straight from the event rows, voided ones left out, independently of the subgraph's statements. */

/** Roll-up rows that differ from a recount of the events not voided (empty when exact), per unit and per unit and campaign. */
export async function rollupDrift(h: SubgraphHarness): Promise<unknown[]> {
  return h.sql(
    `WITH live AS (SELECT * FROM campaigns.campaign_event WHERE voided_at IS NULL),
          by_unit AS (SELECT host_unit_id AS unit_id, count(*)::int AS n, sum(audience_count)::bigint AS audience FROM live GROUP BY 1),
          by_campaign AS (SELECT host_unit_id AS unit_id, campaign_id, count(*)::int AS n, sum(audience_count)::bigint AS audience FROM live GROUP BY 1, 2)
     SELECT 'unit' AS rollup, coalesce(t.unit_id, r.unit_id) AS unit_id, NULL::int AS campaign_id, t.n, r.event_count, t.audience, r.audience_total
     FROM by_unit t
     FULL JOIN (SELECT unit_id, sum(event_count) AS event_count, sum(audience_total) AS audience_total FROM campaigns.unit_event_rollup GROUP BY 1) r
       ON r.unit_id = t.unit_id
     WHERE coalesce(t.n, 0) <> coalesce(r.event_count, 0) OR coalesce(t.audience, 0) <> coalesce(r.audience_total, 0)
     UNION ALL
     SELECT 'unit+campaign', coalesce(t.unit_id, r.unit_id), coalesce(t.campaign_id, r.campaign_id), t.n, r.event_count, t.audience, r.audience_total
     FROM by_campaign t
     FULL JOIN (SELECT unit_id, campaign_id, sum(event_count) AS event_count, sum(audience_total) AS audience_total FROM campaigns.unit_campaign_event_rollup GROUP BY 1, 2) r
       ON r.unit_id = t.unit_id AND r.campaign_id = t.campaign_id
     WHERE coalesce(t.n, 0) <> coalesce(r.event_count, 0) OR coalesce(t.audience, 0) <> coalesce(r.audience_total, 0)`,
  );
}

export interface Bucket {
  key: string;
  eventCount: number;
  audienceTotal: number;
}

/** A campaign's events (not voided) grouped by a column expression over `e`, e.g. `e.format`, keyed as text. */
export async function recountByColumn(
  h: SubgraphHarness,
  campaignId: number,
  keySql: string,
  period: { from?: string; to?: string } = {},
): Promise<Bucket[]> {
  return h.sql<Bucket>(
    `SELECT (${keySql})::text AS key, count(*)::int AS "eventCount", sum(e.audience_count)::int AS "audienceTotal"
     FROM campaigns.campaign_event e
     WHERE e.campaign_id = $1 AND e.voided_at IS NULL
       AND ($2::date IS NULL OR (e.held_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date)
       AND ($3::date IS NULL OR (e.held_at AT TIME ZONE 'Asia/Shanghai')::date <= $3::date)
     GROUP BY 1 ORDER BY 1`,
    [campaignId, period.from ?? null, period.to ?? null],
  );
}

/**
 * A campaign's events (not voided) per unit of a tier in a subtree, each unit counting the events
 * hosted by it or below it: the unit's id as a segment of the host's path (not a prefix match).
 */
export async function recountByTier(
  h: SubgraphHarness,
  rootId: number,
  level: string,
  campaignId: number,
  period: { from?: string; to?: string } = {},
): Promise<Bucket[]> {
  return h.sql<Bucket>(
    `SELECT g.id::text AS key, count(*)::int AS "eventCount", sum(e.audience_count)::int AS "audienceTotal"
     FROM campaigns.campaign_event e
     JOIN org.org_unit host ON host.id = e.host_unit_id
     JOIN org.org_unit g ON g.id = ANY (string_to_array(trim(both '/' from host.path), '/')::int[]) AND g.level = $2
     WHERE e.campaign_id = $3 AND e.voided_at IS NULL
       AND $1::int = ANY (string_to_array(trim(both '/' from g.path), '/')::int[])
       AND ($4::date IS NULL OR (e.held_at AT TIME ZONE 'Asia/Shanghai')::date >= $4::date)
       AND ($5::date IS NULL OR (e.held_at AT TIME ZONE 'Asia/Shanghai')::date <= $5::date)
     GROUP BY g.id ORDER BY g.id`,
    [rootId, level, campaignId, period.from ?? null, period.to ?? null],
  );
}

/** Buckets with events, as `key → [events, audience]`, for comparing breakdowns whatever their order and zero rows. */
export function nonEmpty(buckets: Bucket[]): Record<string, [number, number]> {
  return Object.fromEntries(buckets.filter((b) => b.eventCount > 0).map((b) => [b.key, [b.eventCount, b.audienceTotal]]));
}
