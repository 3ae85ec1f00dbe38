import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

describe('campaigns demo data (Huidong 2021)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
  });
  afterAll(() => h?.stop());

  it('has 700+ lecture sessions into all five kinds of places, in the reported formats, at townships and villages', async () => {
    const [lecture] = await h.sql<{ events: number; venues: string[]; formats: string[]; min_audience: number; max_audience: number }>(
      `SELECT count(*)::int AS events, array_agg(DISTINCT venue_type ORDER BY venue_type) AS venues,
              array_agg(DISTINCT format ORDER BY format) AS formats, min(audience_count) AS min_audience, max(audience_count) AS max_audience
       FROM campaigns.campaign_event WHERE campaign_id = $1`,
      [ids.lectureId],
    );
    expect(lecture.events).toBeGreaterThanOrEqual(700);
    expect(lecture.venues).toEqual(['COMMUNITY', 'COUNTRYSIDE', 'ENTERPRISE', 'GOVERNMENT_AGENCY', 'SCHOOL']);
    expect(lecture.formats).toEqual(['FIRESIDE_CHAT', 'LECTURE', 'ONLINE', 'OPEN_AIR_MEETING', 'PERFORMANCE']);
    expect(lecture.min_audience).toBeGreaterThanOrEqual(20);
    expect(lecture.max_audience).toBeLessThanOrEqual(300);

    const hosts = await h.sql<{ level: string; townships: number }>(
      `SELECT u.level, count(DISTINCT split_part(u.path, '/', 3))::int AS townships
       FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id
       WHERE e.campaign_id = $1 GROUP BY u.level ORDER BY u.level`,
      [ids.lectureId],
    );
    expect(hosts).toEqual([
      { level: 'INSTITUTE', townships: 19 },
      { level: 'STATION', townships: 19 },
    ]);
  });

  it('puts one to three registered volunteers behind every Huidong event', async () => {
    const [row] = await h.sql<{ without: number; min_n: number; max_n: number; min_id: number; max_id: number }>(
      `SELECT (SELECT count(*) FROM campaigns.campaign_event e
               WHERE e.campaign_id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM campaigns.event_volunteer v WHERE v.event_id = e.id))::int AS without,
              min(n)::int AS min_n, max(n)::int AS max_n, min(lo) AS min_id, max(hi) AS max_id
       FROM (SELECT event_id, count(*) AS n, min(volunteer_id) AS lo, max(volunteer_id) AS hi FROM campaigns.event_volunteer GROUP BY event_id) s`,
      [[ids.lectureId, ids.redFilmId, ids.customsId]],
    );
    expect(row).toMatchObject({ without: 0, min_n: 1, max_n: 3 });
    expect(row.min_id).toBeGreaterThanOrEqual(1);
    expect(row.max_id).toBeLessThanOrEqual(90_000);
  });

  it("holds red-film screenings and customs-reform events inside their campaigns' dates", async () => {
    const rows = await h.sql<{ kind: string; events: number; formats: string[]; outside: number }>(
      `SELECT c.kind, count(e.id)::int AS events, array_agg(DISTINCT e.format ORDER BY e.format) AS formats,
              count(*) FILTER (WHERE (e.held_at AT TIME ZONE 'Asia/Shanghai')::date < c.starts_on
                                  OR (e.held_at AT TIME ZONE 'Asia/Shanghai')::date > coalesce(c.ends_on, 'infinity'))::int AS outside
       FROM campaigns.campaign c JOIN campaigns.campaign_event e ON e.campaign_id = c.id
       WHERE c.id = ANY($1::int[]) GROUP BY c.kind ORDER BY c.kind`,
      [[ids.lectureId, ids.redFilmId, ids.customsId]],
    );
    expect(rows.map((r) => r.kind)).toEqual(['CUSTOMS_REFORM', 'PARTY_HISTORY_LECTURE', 'RED_FILM']);
    expect(rows.every((r) => r.events > 0 && r.outside === 0)).toBe(true);
    expect(rows.find((r) => r.kind === 'RED_FILM')?.formats).toEqual(['FILM_SCREENING']);
  });
});
