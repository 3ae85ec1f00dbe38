import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds, expectedCampaignStats } from './support/expected-stats';

interface CampaignNode {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  startsOn: string | null;
  endsOn: string | null;
  eventTarget: number | null;
  organizer: { id: string };
  stats: { eventCount: number; audienceTotal: number; volunteerCount: number };
}

interface CampaignsPage {
  campaigns: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; kind: string } }[];
  };
}

const CAMPAIGN = `query ($id: ID!) {
  campaign(id: $id) { id name kind description startsOn endsOn eventTarget organizer { id } stats { eventCount audienceTotal volunteerCount } }
}`;

const CAMPAIGNS = `query ($filter: CampaignFilter, $first: Int, $after: String) {
  campaigns(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind } }
  }
}`;

describe('campaigns subgraph: campaigns', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
  });
  afterAll(() => h?.stop());

  it('returns the Huidong Party-history lecture campaign with its organiser key and figures', async () => {
    const res = await h.gql<{ campaign: CampaignNode }>(CAMPAIGN, { id: String(ids.lectureId) });
    expect(res.errors).toBeUndefined();
    const campaign = res.data?.campaign;
    expect(campaign).toMatchObject({
      id: String(ids.lectureId),
      name: '会东县党史学习教育宣讲',
      kind: 'PARTY_HISTORY_LECTURE',
      startsOn: '2021-03-01',
      endsOn: '2021-12-31',
      eventTarget: 700,
      organizer: { id: String(ids.centerId) },
    });
    expect(campaign?.description).toContain('700余场次');
    expect(campaign?.stats).toEqual(await expectedCampaignStats(h, ids.lectureId));
    expect(campaign?.stats.eventCount).toBeGreaterThanOrEqual(700);
    expect(campaign?.stats.volunteerCount).toBeGreaterThan(0);
  });

  it('gives null for a campaign that does not exist and BAD_USER_INPUT for an id that cannot exist', async () => {
    const missing = await h.gql<{ campaign: CampaignNode | null }>(CAMPAIGN, { id: '999999' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.campaign).toBeNull();
    const malformed = await h.gql<{ campaign: CampaignNode | null }>(CAMPAIGN, { id: 'abc' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('batches the stats of a whole page into one statement', async () => {
    const before = h.subgraphs.campaigns.database.queries.total;
    const res = await h.gql<{ campaigns: { edges: { node: CampaignNode }[] } }>(
      `{ campaigns(first: 10) { edges { node { id stats { eventCount audienceTotal volunteerCount } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // page + total count + one stats statement for all the campaigns on the page
    expect(h.subgraphs.campaigns.database.queries.total - before).toBe(3);
    for (const { node } of res.data?.campaigns.edges ?? []) {
      expect(node.stats).toEqual(await expectedCampaignStats(h, Number(node.id)));
    }
  });

  it('filters by kind and by organiser', async () => {
    const byKind = await h.gql<CampaignsPage>(CAMPAIGNS, { filter: { kind: 'RED_FILM' } });
    expect(byKind.errors).toBeUndefined();
    expect(byKind.data?.campaigns.totalCount).toBe(1);
    expect(byKind.data?.campaigns.edges.map((e) => e.node.id)).toEqual([String(ids.redFilmId)]);

    const byOrganizer = await h.gql<CampaignsPage>(CAMPAIGNS, { filter: { organizerId: String(ids.centerId) } });
    expect(byOrganizer.data?.campaigns.edges.map((e) => e.node.kind).sort()).toEqual([
      'CUSTOMS_REFORM',
      'PARTY_HISTORY_LECTURE',
      'THEMED_ACTIVITY',
    ]);
  });

  it('filters by the day a campaign is running, an open end counting as still running', async () => {
    // Huidong's three campaigns only; Tongchuan's are the demo's other campaigns
    const huidong = new Set([ids.lectureId, ids.redFilmId, ids.customsId].map(String));
    const activeOn = async (day: string) => {
      const res = await h.gql<CampaignsPage>(CAMPAIGNS, { filter: { activeOn: day } });
      expect(res.errors).toBeUndefined();
      return res.data?.campaigns.edges
        .filter((e) => huidong.has(e.node.id))
        .map((e) => e.node.kind)
        .sort();
    };
    expect(await activeOn('2021-02-15')).toEqual(['CUSTOMS_REFORM']);
    expect(await activeOn('2021-03-01')).toEqual(['CUSTOMS_REFORM', 'PARTY_HISTORY_LECTURE']);
    expect(await activeOn('2021-06-01')).toEqual(['CUSTOMS_REFORM', 'PARTY_HISTORY_LECTURE', 'RED_FILM']);
    expect(await activeOn('2021-12-31')).toEqual(['CUSTOMS_REFORM', 'PARTY_HISTORY_LECTURE']);
    expect(await activeOn('2023-05-01')).toEqual(['CUSTOMS_REFORM']);
    expect(await activeOn('2020-12-31')).toEqual([]);

    const combined = await h.gql<CampaignsPage>(CAMPAIGNS, { filter: { kind: 'RED_FILM', activeOn: '2021-11-01' } });
    expect(combined.data?.campaigns.totalCount).toBe(0);
  });

  it('pages with first/after, totalCount and hasNextPage', async () => {
    const all = (await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign ORDER BY id`)).map((r) => r.id);
    expect(all.length).toBeGreaterThan(4);
    const size = all.length - 1;
    const first = await h.gql<CampaignsPage>(CAMPAIGNS, { first: size });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.campaigns;
    expect(page1.totalCount).toBe(all.length);
    expect(page1.edges).toHaveLength(size);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[size - 1].cursor);

    const second = await h.gql<CampaignsPage>(CAMPAIGNS, { first: size, after: page1.pageInfo.endCursor });
    const page2 = second.data!.campaigns;
    expect(page2.totalCount).toBe(all.length);
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const seen = [...page1.edges, ...page2.edges].map((e) => Number(e.node.id));
    expect(seen).toEqual(all);
  });

  it('rejects a page size over 100, a malformed organiser id, an unreal date and a foreign cursor as BAD_USER_INPUT', async () => {
    const cases: Record<string, unknown>[] = [
      { first: 500 },
      { first: -1 },
      { filter: { organizerId: 'abc' } },
      { filter: { activeOn: '2021-02-30' } },
      { after: 'not-a-cursor' },
    ];
    for (const variables of cases) {
      const res = await h.gql(CAMPAIGNS, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('resolves Campaign representations for the gateway in two statements', async () => {
    const representations = [ids.customsId, ids.lectureId, 999999, ids.redFilmId].map((id) => ({ __typename: 'Campaign', id: String(id) }));
    const before = h.subgraphs.campaigns.database.queries.total;
    const res = await h.gql<{ _entities: (CampaignNode | null)[] }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Campaign { id kind organizer { id } stats { eventCount audienceTotal volunteerCount } } }
      }`,
      { representations },
    );
    expect(res.errors).toBeUndefined();
    expect(h.subgraphs.campaigns.database.queries.total - before).toBe(2);
    const entities = res.data!._entities;
    expect(entities.map((e) => e?.kind ?? null)).toEqual(['CUSTOMS_REFORM', 'PARTY_HISTORY_LECTURE', null, 'RED_FILM']);
    expect(entities[3]?.organizer.id).toBe(String(ids.cultureSubCenterId));
    expect(entities[1]?.stats).toEqual(await expectedCampaignStats(h, ids.lectureId));
  });
});
