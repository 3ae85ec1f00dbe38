import { childIdOnPathBelow, pathWithin, UNIT_TREE } from '@civic/org-tree';

/**
 * Every breakdown asked in a request, in one statement. $1 campaign ids, $2 dimensions, $3 and $4
 * the period's bounds (instants, null when open), $5 whether to leave out child units without
 * events, paired by position. Voided events count nowhere. VENUE_TYPE, FORMAT and MONTH group the campaign's events by a column. ORG_UNIT puts
 * each event under the organiser's child whose subtree holds the host, read off the host's
 * materialised path in the org tree ('/1/5/23/' below '/1/' is child 5): every open child
 * appears, with zeros when it held nothing (unless asked to leave those out); 'SELF' and 'OUTSIDE' collect the rest, so the buckets
 * always sum to the campaign's total.
 */
export const CAMPAIGN_BREAKDOWN_SQL = `
WITH asked AS (
  SELECT a.ord, a.campaign_id, a.dim, a.start_at, a.end_at, a.skip_empty, c.organizer_unit_id
  FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::boolean[])
       WITH ORDINALITY AS a(campaign_id, dim, start_at, end_at, skip_empty, ord)
  JOIN campaigns.campaign c ON c.id = a.campaign_id
),
ev AS (
  SELECT a.ord, e.host_unit_id, e.venue_type, e.format, e.audience_count,
         to_char(e.held_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
  FROM asked a JOIN campaigns.campaign_event e
    ON e.campaign_id = a.campaign_id AND e.voided_at IS NULL
   AND e.held_at >= coalesce(a.start_at, '-infinity') AND e.held_at < coalesce(a.end_at, 'infinity')
),
by_column AS (
  SELECT a.ord, CASE a.dim WHEN 'VENUE_TYPE' THEN e.venue_type WHEN 'FORMAT' THEN e.format ELSE e.month END AS key,
         NULL::text AS label, count(*) AS event_count, sum(e.audience_count) AS audience_total, '' AS sort
  FROM asked a JOIN ev e ON e.ord = a.ord
  WHERE a.dim IN ('VENUE_TYPE', 'FORMAT', 'MONTH')
  GROUP BY a.ord, 2
),
org_asked AS (
  SELECT a.ord, a.campaign_id, a.organizer_unit_id, a.skip_empty, o.path, o.name
  FROM asked a JOIN ${UNIT_TREE} o ON o.id = a.organizer_unit_id
  WHERE a.dim = 'ORG_UNIT'
),
placed AS (
  SELECT a.ord, e.audience_count,
         CASE WHEN h.id = a.organizer_unit_id THEN 'SELF'
              WHEN ${pathWithin('h.path', 'a.path')} THEN ${childIdOnPathBelow('h.path', 'a.path')}
              ELSE 'OUTSIDE' END AS key
  FROM org_asked a JOIN ev e ON e.ord = a.ord
  LEFT JOIN ${UNIT_TREE} h ON h.id = e.host_unit_id
),
placed_counts AS (
  SELECT ord, key, count(*) AS event_count, sum(audience_count) AS audience_total FROM placed GROUP BY ord, key
),
by_org_unit AS (
  SELECT a.ord, ch.id::text AS key, ch.name AS label, coalesce(pc.event_count, 0) AS event_count,
         coalesce(pc.audience_total, 0) AS audience_total, '1' || ch.code AS sort
  FROM org_asked a JOIN ${UNIT_TREE} ch ON ch.parent_id = a.organizer_unit_id
  LEFT JOIN placed_counts pc ON pc.ord = a.ord AND pc.key = ch.id::text
  WHERE (ch.closed_on IS NULL AND NOT a.skip_empty) OR pc.event_count > 0
  UNION ALL
  SELECT a.ord, a.organizer_unit_id::text, a.name || '（本级）', pc.event_count, pc.audience_total, '0'
  FROM org_asked a JOIN placed_counts pc ON pc.ord = a.ord AND pc.key = 'SELF'
  UNION ALL
  SELECT a.ord, 'OUTSIDE', '主办单位下级以外', pc.event_count, pc.audience_total, '2'
  FROM org_asked a JOIN placed_counts pc ON pc.ord = a.ord AND pc.key = 'OUTSIDE'
)
SELECT ord, key, label, event_count, audience_total, sort FROM by_column
UNION ALL
SELECT ord, key, label, event_count, audience_total, sort FROM by_org_unit
ORDER BY ord, sort, key`;
