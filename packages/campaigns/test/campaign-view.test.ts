import { ANONYMOUS } from '@civic/runtime';
import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { CAMPAIGN_VIEW_CAMPAIGNS_PART, type Bucket, type CampaignView } from './support/campaign-view.query';
import { demoIds, expectedCampaignStats } from './support/expected-stats';

const sum = (buckets: Bucket[], field: 'eventCount' | 'audienceTotal') => buckets.reduce((n, b) => n + b[field], 0);

describe('campaigns subgraph: the campaign view of the Huidong Party-history lectures', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let view: CampaignView['campaign'];

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
    const res = await h.gql<CampaignView>(CAMPAIGN_VIEW_CAMPAIGNS_PART, { id: String(ids.lectureId), first: 10 });
    expect(res.errors).toBeUndefined();
    view = res.data!.campaign;
  });
  afterAll(() => h?.stop());

  it('has 700+ events, and stats that match the rows', async () => {
    expect(view.stats.eventCount).toBeGreaterThanOrEqual(700);
    expect(view.stats).toEqual(await expectedCampaignStats(h, ids.lectureId));
  });

  it('breaks down by kind of place: the five intos, in order, summing to the total', () => {
    expect(view.byVenue.map((b) => b.key)).toEqual(['GOVERNMENT_AGENCY', 'SCHOOL', 'COMMUNITY', 'ENTERPRISE', 'COUNTRYSIDE']);
    expect(view.byVenue.map((b) => b.label)).toEqual(['进机关', '进学校', '进社区', '进企业', '进农村']);
    expect(view.byVenue.every((b) => b.eventCount > 0)).toBe(true);
    expect(sum(view.byVenue, 'eventCount')).toBe(view.stats.eventCount);
    expect(sum(view.byVenue, 'audienceTotal')).toBe(view.stats.audienceTotal);
  });

  it("breaks down by the organiser's children, each rolled up over its subtree, summing to the total", async () => {
    expect(sum(view.byTownship, 'eventCount')).toBe(view.stats.eventCount);
    expect(sum(view.byTownship, 'audienceTotal')).toBe(view.stats.audienceTotal);
    // every child of the center appears (sub-centers and school points with zeros), and the 19 townships held them all
    const children = await h.sql<{ id: number; name: string; level: string }>(
      `SELECT id, name, level FROM org.org_unit WHERE parent_id = $1`,
      [ids.centerId],
    );
    expect(view.byTownship.map((b) => b.key).sort()).toEqual(children.map((c) => String(c.id)).sort());
    const institutes = children.filter((c) => c.level === 'INSTITUTE');
    expect(institutes).toHaveLength(19);
    const expected = await h.sql<{ key: string; events: number; audience: number }>(
      `SELECT i.id::text AS key, count(e.id)::int AS events, coalesce(sum(e.audience_count), 0)::int AS audience
       FROM org.org_unit i LEFT JOIN org.org_unit u ON u.id = i.id OR u.parent_id = i.id
       LEFT JOIN campaigns.campaign_event e ON e.host_unit_id = u.id AND e.campaign_id = $2
       WHERE i.parent_id = $1 AND i.level = 'INSTITUTE' GROUP BY i.id`,
      [ids.centerId, ids.lectureId],
    );
    for (const row of expected) {
      const bucket = view.byTownship.find((b) => b.key === row.key);
      expect(bucket).toMatchObject({
        eventCount: row.events,
        audienceTotal: row.audience,
        label: institutes.find((i) => String(i.id) === row.key)?.name,
      });
      expect(row.events).toBeGreaterThan(0);
    }
  });

  it('breaks down by month (China Standard Time) inside the campaign period', () => {
    expect(view.byMonth.map((b) => b.key)).toEqual([
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    expect(view.byMonth[0].label).toBe('2021年3月');
    expect(sum(view.byMonth, 'eventCount')).toBe(view.stats.eventCount);
  });

  it('breaks down by format: the reported formats', async () => {
    const res = await h.gql<{ campaign: { breakdown: Bucket[] } }>(
      `query($id: ID!) { campaign(id: $id) { breakdown(by: FORMAT) { key label eventCount } } }`,
      {
        id: String(ids.lectureId),
      },
    );
    const buckets = res.data!.campaign.breakdown;
    expect(buckets.map((b) => b.label)).toEqual(['宣讲', '火塘夜话', '坝坝会', '文艺演出', '云端宣讲']);
    expect(sum(buckets, 'eventCount')).toBe(view.stats.eventCount);
  });

  it("puts events a unit outside the organiser's subtree hosted into an OUTSIDE bucket, so the total still holds", async () => {
    const res = await h.gql<{ campaign: { stats: { eventCount: number }; breakdown: Bucket[] } }>(
      `query($id: ID!) { campaign(id: $id) { stats { eventCount } breakdown(by: ORG_UNIT) { key label eventCount audienceTotal } } }`,
      { id: String(ids.redFilmId) },
    );
    const { stats, breakdown } = res.data!.campaign;
    // the culture sub-center runs the screenings; townships and villages host them
    expect(breakdown).toEqual([expect.objectContaining({ key: 'OUTSIDE', eventCount: stats.eventCount })]);
  });

  it('has 19 lecture groups, one per township, that gave every lecture', async () => {
    const res = await h.gql<{
      campaign: { lectureGroups: { id: string; name: string; topics: string[]; stats: { eventCount: number } }[] };
    }>(`query($id: ID!) { campaign(id: $id) { lectureGroups { id name topics stats { eventCount } } } }`, { id: String(ids.lectureId) });
    const groups = res.data!.campaign.lectureGroups;
    expect(groups).toHaveLength(19);
    expect(groups[0].name).toMatch(/党史学习教育宣讲小组$/);
    expect(groups.every((g) => g.topics.length > 0 && g.stats.eventCount > 0)).toBe(true);
    expect(groups.reduce((n, g) => n + g.stats.eventCount, 0)).toBe(view.stats.eventCount);
    expect(view.events.edges.every((e) => e.node.lectureGroup !== null)).toBe(true);
  });

  it('reports progress against the target', async () => {
    const res = await h.gql<{ campaign: { progress: Record<string, number | null> } }>(
      `query($id: ID!) { campaign(id: $id) { progress { eventTarget eventCount eventPercent audienceTarget audienceTotal audiencePercent } } }`,
      { id: String(ids.lectureId) },
    );
    const { progress } = res.data!.campaign;
    expect(progress).toMatchObject({ eventTarget: 700, eventCount: view.stats.eventCount, audienceTarget: null, audiencePercent: null });
    expect(progress.eventPercent).toBe(Math.round((view.stats.eventCount / 700) * 1000) / 10);
  });

  it('pages through the events oldest first without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let heldAt = '';
    for (;;) {
      const res: { data?: CampaignView } = await h.gql<CampaignView>(CAMPAIGN_VIEW_CAMPAIGNS_PART, {
        id: String(ids.lectureId),
        first: 100,
        after,
      });
      const { edges, pageInfo, totalCount } = res.data!.campaign.events;
      expect(totalCount).toBe(view.stats.eventCount);
      for (const { node } of edges) {
        expect(node.heldAt >= heldAt).toBe(true);
        heldAt = node.heldAt;
        seen.push(node.id);
      }
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(view.stats.eventCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('costs the same number of statements for a page of 10 and of 100 events', async () => {
    const count = async (first: number) => {
      const before = h.subgraphs.campaigns.database.queries.total;
      const res = await h.gql<CampaignView>(CAMPAIGN_VIEW_CAMPAIGNS_PART, { id: String(ids.lectureId), first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.campaign.events.edges).toHaveLength(first);
      expect(res.data!.campaign.events.edges.every((e) => e.node.volunteers.length > 0)).toBe(true);
      return h.subgraphs.campaigns.database.queries.since(before);
    };
    const ten = await count(10);
    const hundred = await count(100);
    // campaign, stats, all three breakdowns, the page, its total, lecture groups, volunteers
    expect(ten).toBe(7);
    expect(hundred).toBe(ten);
  });

  it('gives callers without a token no volunteer references, and a VOLUNTEER token only itself', async () => {
    const anonymous = await h.gqlAs<CampaignView>(ANONYMOUS, CAMPAIGN_VIEW_CAMPAIGNS_PART, { id: String(ids.lectureId), first: 10 });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.campaign.events.edges.every((e) => e.node.volunteers.length === 0)).toBe(true);
    expect(anonymous.data!.campaign.stats).toEqual(view.stats);

    const served = view.events.edges[0].node.volunteers[0].id;
    const volunteer = await h.gqlAs<CampaignView>({ subject: 'v', role: 'VOLUNTEER', volunteerId: served }, CAMPAIGN_VIEW_CAMPAIGNS_PART, {
      id: String(ids.lectureId),
      first: 10,
    });
    const references = volunteer.data!.campaign.events.edges.flatMap((e) => e.node.volunteers.map((v) => v.id));
    expect(references.length).toBeGreaterThan(0);
    expect(new Set(references)).toEqual(new Set([served]));
  });

  it('filters events by kind of place, format, host subtree and time', async () => {
    const res = await h.gql<{
      campaign: { events: { totalCount: number; edges: { node: { venueType: string; format: string; heldAt: string } }[] } };
    }>(
      `query($id: ID!, $filter: CampaignEventFilter) { campaign(id: $id) { events(filter: $filter, first: 100) { totalCount edges { node { venueType format heldAt } } } } }`,
      {
        id: String(ids.lectureId),
        filter: {
          venueType: 'SCHOOL',
          format: 'FIRESIDE_CHAT',
          hostSubtreeOf: String(ids.instituteId),
          from: '2021-01-01T00:00:00+08:00',
          to: '2022-01-01T00:00:00+08:00',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const [expected] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id
       WHERE e.campaign_id = $1 AND e.venue_type = 'SCHOOL' AND e.format = 'FIRESIDE_CHAT' AND (u.id = $2 OR u.parent_id = $2)`,
      [ids.lectureId, ids.instituteId],
    );
    expect(res.data!.campaign.events.totalCount).toBe(expected.n);
    expect(expected.n).toBeGreaterThan(0);
    expect(res.data!.campaign.events.edges.every((e) => e.node.venueType === 'SCHOOL' && e.node.format === 'FIRESIDE_CHAT')).toBe(true);
  });
});
