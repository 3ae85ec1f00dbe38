import { Client } from 'pg';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

describe('sorting, paging and searching the lists (排序、分页与搜索)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createScratchDatabase();
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl });
    ids = await demoIds(h);
  }, 120000);
  afterAll(() => h?.stop());

  /**
   * Walks every page of `list` (`first: size`), calling `insert` between requests: the original
   * rows must all come, once each, in the order SQL gives them.
   */
  async function walk(
    query: string,
    list: (data: Record<string, unknown>) => Page,
    variables: Record<string, unknown>,
    size: number,
    insert: (round: number) => Promise<unknown>,
  ) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 200; round++) {
      const res = await h.gql(query, { ...variables, first: size, after });
      expect(res.errors).toBeUndefined();
      const page = list(res.data!);
      seen.push(...page.edges.map((edge) => edge.node.id));
      await insert(round);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  it('walks events across campaigns by title DESC while events are recorded between pages: nothing repeated, nothing skipped', async () => {
    const filter = { campaignId: String(ids.lectureId), hostSubtreeOf: String(ids.instituteId) };
    const original = await h.sql<{ id: string }>(
      `SELECT e.id::text AS id FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id
       WHERE e.campaign_id = $1 AND e.voided_at IS NULL AND $2::int = ANY (string_to_array(trim(both '/' from u.path), '/')::int[])
       ORDER BY e.title DESC, e.id DESC`,
      [ids.lectureId, ids.instituteId],
    );
    const titles = ['学党史（补录）', '一切为了人民（补录）', '中国共产党百年光辉历程（补录）', '红军巧渡金沙江（补录）'];
    const seen = await walk(
      `query($f: CampaignEventFilter, $first: Int, $after: String) {
         campaignEvents(filter: $f, orderBy: { field: TITLE, direction: DESC }, first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
         }
       }`,
      (data) => data.campaignEvents as Page,
      { f: filter },
      3,
      (round) =>
        h.sql(
          `INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count)
           VALUES ($1, $2, '2021-08-01T20:00:00+08:00', 'LECTURE', 'COUNTRYSIDE', $3, 30)`,
          [ids.lectureId, titles[round % titles.length], ids.instituteId],
        ),
    );
    expect(new Set(seen).size).toBe(seen.length);
    const originalIds = new Set(original.map((row) => row.id));
    expect(seen.filter((id) => originalIds.has(id))).toEqual(original.map((row) => row.id));
    expect(original.length).toBeGreaterThan(6);
  });

  it('walks campaigns by name DESC and lecture groups by name DESC while rows are added: nothing repeated, nothing skipped', async () => {
    const campaigns = await h.sql<{ id: string }>(`SELECT id::text AS id FROM campaigns.campaign ORDER BY name DESC, id DESC`);
    const seenCampaigns = await walk(
      `query($first: Int, $after: String) {
         campaigns(orderBy: { field: NAME, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
       }`,
      (data) => data.campaigns as Page,
      {},
      2,
      (round) =>
        h.sql(`INSERT INTO campaigns.campaign (name, kind, organizer_unit_id) VALUES ($1, 'OTHER', $2)`, [
          `${round % 2 ? '铜川' : '会东'}新增活动${round}`,
          ids.centerId,
        ]),
    );
    expect(new Set(seenCampaigns).size).toBe(seenCampaigns.length);
    const campaignIds = new Set(campaigns.map((row) => row.id));
    expect(seenCampaigns.filter((id) => campaignIds.has(id))).toEqual(campaigns.map((row) => row.id));

    const groups = await h.sql<{ id: string }>(`SELECT id::text AS id FROM campaigns.lecture_group ORDER BY name DESC, id DESC`);
    const seenGroups = await walk(
      `query($first: Int, $after: String) {
         lectureGroups(orderBy: { field: NAME, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
       }`,
      (data) => data.lectureGroups as Page,
      {},
      3,
      (round) =>
        h.sql(`INSERT INTO campaigns.lecture_group (name, org_unit_id) VALUES ($1, $2)`, [
          `${['乙', '甲', '丙'][round % 3]}宣讲小组${round}`,
          ids.instituteId,
        ]),
    );
    expect(new Set(seenGroups).size).toBe(seenGroups.length);
    const groupIds = new Set(groups.map((row) => row.id));
    expect(seenGroups.filter((id) => groupIds.has(id))).toEqual(groups.map((row) => row.id));
  });

  it("keeps today's order when orderBy is omitted, and refuses a cursor of another order", async () => {
    const byDefault = await h.gql(`query($id: ID!) { campaign(id: $id) { events(first: 5) { edges { cursor node { id heldAt } } } } }`, {
      id: String(ids.lectureId),
    });
    const expected = await h.sql<{ id: string }>(
      `SELECT id::text AS id FROM campaigns.campaign_event WHERE campaign_id = $1 AND voided_at IS NULL ORDER BY held_at, id LIMIT 5`,
      [ids.lectureId],
    );
    const edges = byDefault.data!.campaign.events.edges as { cursor: string; node: { id: string } }[];
    expect(edges.map((edge) => edge.node)).toMatchObject(expected);
    const mixed = await h.gql(
      `query($id: ID!, $after: String) { campaign(id: $id) { events(first: 5, after: $after, orderBy: { field: AUDIENCE_COUNT }) { totalCount } } }`,
      { id: String(ids.lectureId), after: edges[4].cursor },
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['hdx', 'campaigns', '会东县党史学习教育宣讲'],
    ['会东', 'campaigns', '会东县党史学习教育宣讲'],
    ['huidong', 'campaigns', '会东县党史学习教育宣讲'],
    ['金沙江', 'campaignEvents', '红军巧渡金沙江'],
    ['jinshajiang', 'campaignEvents', '红军巧渡金沙江'],
    ['红孩儿', 'lectureGroups', '"红孩儿"宣讲团'],
    ['hhe', 'lectureGroups', '"红孩儿"宣讲团'],
    ['tyh', 'workBrands', '太阳花工程'],
    ['太阳花', 'workBrands', '太阳花工程'],
  ])('finds by %s in %s', async (search, list, expected) => {
    const field = list === 'campaignEvents' ? 'title' : 'name';
    const filterType = {
      campaigns: 'CampaignFilter',
      campaignEvents: 'CampaignEventFilter',
      lectureGroups: 'LectureGroupFilter',
      workBrands: 'WorkBrandFilter',
    }[list];
    const res = await h.gql(`query($f: ${filterType}) { ${list}(filter: $f, first: 100) { totalCount edges { node { ${field} } } } }`, {
      f: { search },
    });
    expect(res.errors).toBeUndefined();
    const names = (res.data![list].edges as { node: Record<string, string> }[]).map((edge) => edge.node[field]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((name) => name.includes(expected))).toBe(true);
    if (/\p{Script=Han}/u.test(search)) expect(names.every((name) => name.includes(search))).toBe(true);
  });

  it('searches event titles through the trigram index', async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM campaigns.campaign_event event WHERE event.search_key LIKE '%jinshajiang%'`,
      );
      // Events are partitioned by year: each partition's copy of campaign_event_search_key_trgm is scanned.
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      const scanned = [...plan.matchAll(/Bitmap Heap Scan on (\w+)/g)].map((m) => m[1]);
      const indexed = [...plan.matchAll(/Bitmap Index Scan on (campaign_event_\w+_search_key_idx)/g)].map((m) => m[1]);
      expect(scanned.length).toBeGreaterThan(0);
      expect(indexed).toEqual(scanned.map((partition) => `${partition}_search_key_idx`));
      expect(plan).not.toMatch(/Seq Scan/);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});
