import type { SubgraphHarness } from '@civic/testing';

export interface Stats {
  eventCount: number;
  audienceTotal: number;
  volunteerCount: number;
}

/** Figures count the events not voided: every expectation here recounts those rows. */

/**
 * The figures computed independently of the subgraph's statement: the subtree is every unit whose
 * path contains the unit's id as a segment, rather than a prefix match.
 */
export async function expectedUnitStats(
  h: SubgraphHarness,
  unitId: number,
  subtree: boolean,
  campaignId: number | null = null,
): Promise<Stats> {
  const [row] = await h.sql<Stats>(
    `WITH hosts AS (
       SELECT u.id FROM org.org_unit u
       WHERE CASE WHEN $2 THEN $1::int = ANY (string_to_array(trim(both '/' from u.path), '/')::int[]) ELSE u.id = $1::int END
     ), events AS (
       SELECT e.id, e.audience_count FROM campaigns.campaign_event e
       WHERE e.host_unit_id IN (SELECT id FROM hosts) AND ($3::int IS NULL OR e.campaign_id = $3::int) AND e.voided_at IS NULL
     )
     SELECT (SELECT count(*) FROM events)::int AS "eventCount",
            (SELECT coalesce(sum(audience_count), 0) FROM events)::int AS "audienceTotal",
            (SELECT count(DISTINCT volunteer_id) FROM campaigns.event_volunteer WHERE event_id IN (SELECT id FROM events))::int AS "volunteerCount"`,
    [unitId, subtree, campaignId],
  );
  return row;
}

export async function expectedCampaignStats(h: SubgraphHarness, campaignId: number): Promise<Stats> {
  const [row] = await h.sql<Stats>(
    `SELECT (SELECT count(*) FROM campaigns.campaign_event WHERE campaign_id = $1 AND voided_at IS NULL)::int AS "eventCount",
            (SELECT coalesce(sum(audience_count), 0) FROM campaigns.campaign_event WHERE campaign_id = $1 AND voided_at IS NULL)::int AS "audienceTotal",
            (SELECT count(DISTINCT v.volunteer_id) FROM campaigns.event_volunteer v
              JOIN campaigns.campaign_event e ON e.id = v.event_id WHERE e.campaign_id = $1 AND e.voided_at IS NULL)::int AS "volunteerCount"`,
    [campaignId],
  );
  return row;
}

/** Ids of the demo's units and campaigns, looked up by their codes and names. */
export async function demoIds(h: SubgraphHarness) {
  const units = await h.sql<{ code: string; id: number }>(`SELECT code, id FROM org.org_unit WHERE code = ANY($1::text[])`, [
    ['513426-ZX', '513426-FZX-05', '513426101000-SJS', '610200-ZX'],
  ]);
  // Huidong's campaigns: organised by the county center or one of its sub-centers.
  const campaigns = await h.sql<{ kind: string; id: number }>(
    `SELECT c.kind, c.id FROM campaigns.campaign c JOIN org.org_unit u ON u.id = c.organizer_unit_id WHERE u.code LIKE '513426-%' ORDER BY c.id`,
  );
  const unit = (code: string) => required(units.find((u) => u.code === code)?.id, code);
  const campaign = (kind: string) => required(campaigns.find((c) => c.kind === kind)?.id, kind);
  return {
    centerId: unit('513426-ZX'),
    cultureSubCenterId: unit('513426-FZX-05'),
    /** 鲹鱼河镇新时代文明实践所, a township institute with stations below it. */
    instituteId: unit('513426101000-SJS'),
    /** 铜川市新时代文明实践中心, host of every Tongchuan event. */
    tongchuanCenterId: unit('610200-ZX'),
    lectureId: campaign('PARTY_HISTORY_LECTURE'),
    redFilmId: campaign('RED_FILM'),
    customsId: campaign('CUSTOMS_REFORM'),
  };
}

function required(id: number | undefined, what: string): number {
  if (id === undefined) throw new Error(`demo data has no ${what}`);
  return id;
}
