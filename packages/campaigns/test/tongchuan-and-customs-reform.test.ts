import { ANONYMOUS } from '@civic/runtime';
import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

interface Coverage {
  stationCount: number;
  villageRulesCount: number;
  redWhiteCouncilCount: number;
  bothCount: number;
  villageRulesPercent: number | null;
  redWhiteCouncilPercent: number | null;
}

const UNIT = `query($reps: [_Any!]!, $asOf: Date) { _entities(representations: $reps) { ... on OrgUnit {
  id
  customsReformCoverage(asOf: $asOf) { stationCount villageRulesCount redWhiteCouncilCount bothCount villageRulesPercent redWhiteCouncilPercent }
  workBrands { name forMinors stats { eventCount } }
  lectureGroups { name campaign { name } stats { eventCount } }
  campaignEvents(scope: SUBTREE, first: 100) { totalCount edges { node { title heldAt format venueType place campaign { kind } } } }
} } }`;

describe('campaigns subgraph: Tongchuan, customs reform, org unit and volunteer views', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const unit = async (id: number, asOf: string | null = null) => {
    const res = await h.gql<{ _entities: Record<string, any>[] }>(UNIT, { reps: [{ __typename: 'OrgUnit', id: String(id) }], asOf });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0];
  };

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
  });
  afterAll(() => h?.stop());

  it("has Tongchuan's exhibition (2021-06-28), touring lectures by its two teams, study tours and the arts festival (2021-07-08)", async () => {
    const tongchuan = await unit(ids.tongchuanCenterId);
    const events: { title: string; heldAt: string; format: string; venueType: string; place: string | null; campaign: { kind: string } }[] =
      tongchuan.campaignEvents.edges.map((e: { node: unknown }) => e.node);
    expect(tongchuan.campaignEvents.totalCount).toBeGreaterThan(150);
    const exhibition = events.find((e) => e.campaign.kind === 'EXHIBITION');
    expect(exhibition).toMatchObject({ heldAt: '2021-06-28T09:30:00+08:00', format: 'EXHIBITION' });

    expect(tongchuan.lectureGroups.map((g: { name: string }) => g.name)).toEqual(['"红孩儿"宣讲团', '"小红星讲解团"志愿服务队']);
    const touring = tongchuan.lectureGroups.reduce((n: number, g: { stats: { eventCount: number } }) => n + g.stats.eventCount, 0);
    expect(touring).toBeGreaterThanOrEqual(150);

    const [tours] = await h.sql<{ places: string[] }>(
      `SELECT array_agg(DISTINCT e.place ORDER BY e.place) AS places FROM campaigns.campaign_event e JOIN campaigns.campaign c ON c.id = e.campaign_id
       WHERE c.kind = 'STUDY_TOUR' AND e.venue_type = 'MEMORIAL_SITE'`,
    );
    expect(tours.places).toEqual(['照金纪念馆', '铜川博物馆', '陈家坡会议旧址'].sort());
    const [festival] = await h.sql<{ day: string; title: string }>(
      `SELECT to_char(e.held_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, e.title FROM campaigns.campaign_event e
       JOIN campaigns.campaign c ON c.id = e.campaign_id WHERE c.name = '第四届铜川市艺术节'`,
    );
    expect(festival).toEqual({ day: '2021-07-08', title: '开幕式：大型情景组歌《照金》' });
  });

  it("lists Tongchuan's ten-plus work brands for minors with their activities", async () => {
    const { workBrands } = await unit(ids.tongchuanCenterId);
    expect(workBrands.length).toBeGreaterThan(10);
    expect(workBrands.slice(0, 3).map((b: { name: string }) => b.name)).toEqual(['红色基因代代传', '情暖童心', '太阳花工程']);
    expect(workBrands.every((b: { forMinors: boolean }) => b.forMinors)).toBe(true);
    expect(workBrands[0].stats.eventCount).toBeGreaterThan(150);
  });

  it('counts customs-reform coverage over a subtree, as of a date', async () => {
    const expected = async (unitId: number, asOf: string | null) =>
      (
        await h.sql<Coverage>(
          `WITH s AS (SELECT u.id FROM org.org_unit u WHERE u.level = 'STATION' AND $1::int = ANY (string_to_array(trim(both '/' from u.path), '/')::int[])),
                m AS (SELECT * FROM campaigns.customs_reform_measure WHERE $2::date IS NULL OR adopted_on <= $2::date)
           SELECT (SELECT count(*) FROM s)::int AS "stationCount",
                  (SELECT count(*) FROM m WHERE kind = 'VILLAGE_RULES' AND org_unit_id IN (SELECT id FROM s))::int AS "villageRulesCount",
                  (SELECT count(*) FROM m WHERE kind = 'RED_WHITE_COUNCIL' AND org_unit_id IN (SELECT id FROM s))::int AS "redWhiteCouncilCount",
                  (SELECT count(*) FROM s WHERE id IN (SELECT org_unit_id FROM m WHERE kind = 'VILLAGE_RULES')
                                            AND id IN (SELECT org_unit_id FROM m WHERE kind = 'RED_WHITE_COUNCIL'))::int AS "bothCount"`,
          [unitId, asOf],
        )
      )[0];
    const county = (await unit(ids.centerId)).customsReformCoverage as Coverage;
    expect(county).toMatchObject(await expected(ids.centerId, null));
    expect(county.stationCount).toBe(204);
    // "part of the stations"
    expect(county.villageRulesCount).toBeGreaterThan(50);
    expect(county.villageRulesCount).toBeLessThan(204);
    expect(county.redWhiteCouncilCount).toBeGreaterThan(50);
    expect(county.villageRulesPercent).toBe(Math.round((county.villageRulesCount / 204) * 1000) / 10);

    const midYear = (await unit(ids.centerId, '2021-06-30')).customsReformCoverage as Coverage;
    expect(midYear).toMatchObject(await expected(ids.centerId, '2021-06-30'));
    expect(midYear.villageRulesCount).toBeLessThan(county.villageRulesCount);

    const township = (await unit(ids.instituteId)).customsReformCoverage as Coverage;
    expect(township).toMatchObject(await expected(ids.instituteId, null));
    // Tongchuan's stations (if the org demo has any) adopted no Huidong-style measures.
    const tongchuan = (await unit(ids.tongchuanCenterId)).customsReformCoverage as Coverage;
    expect(tongchuan).toMatchObject({ ...(await expected(ids.tongchuanCenterId, null)), villageRulesCount: 0, redWhiteCouncilCount: 0 });
    expect(tongchuan.villageRulesPercent).toBe(tongchuan.stationCount === 0 ? null : 0);
  });

  it('has the ten customs-reform actions, every customs-reform event filed under one', async () => {
    const res = await h.gql<{
      campaign: { actions: { ordinal: number; name: string; stats: { eventCount: number } }[]; stats: { eventCount: number } };
    }>(`query($id: ID!) { campaign(id: $id) { stats { eventCount } actions { ordinal name stats { eventCount } } } }`, {
      id: String(ids.customsId),
    });
    const { actions, stats } = res.data!.campaign;
    expect(actions.map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(actions.reduce((n, a) => n + a.stats.eventCount, 0)).toBe(stats.eventCount);
  });

  it('lists the events a volunteer served at for staff and for the volunteer itself, not for others', async () => {
    const [helper] = await h.sql<{ volunteer_id: number; n: number }>(
      `SELECT volunteer_id, count(*)::int AS n FROM campaigns.event_volunteer GROUP BY volunteer_id ORDER BY count(*) DESC, volunteer_id LIMIT 1`,
    );
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Volunteer { id campaignEvents(first: 5) { totalCount edges { node { id volunteers { id } } } } } } }`;
    const reps = [{ __typename: 'Volunteer', id: String(helper.volunteer_id) }];
    const staff = await h.gql<{
      _entities: { campaignEvents: { totalCount: number; edges: { node: { volunteers: { id: string }[] } }[] } }[];
    }>(query, { reps });
    expect(staff.errors).toBeUndefined();
    const events = staff.data!._entities[0].campaignEvents;
    expect(events.totalCount).toBe(helper.n);
    expect(events.edges.every((e) => e.node.volunteers.some((v) => v.id === String(helper.volunteer_id)))).toBe(true);

    const self = await h.gqlAs({ subject: 'v', role: 'VOLUNTEER', volunteerId: String(helper.volunteer_id) }, query, { reps });
    expect(self.errors).toBeUndefined();
    const other = await h.gqlAs({ subject: 'v', role: 'VOLUNTEER', volunteerId: '1' }, query, { reps });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.gqlAs(ANONYMOUS, query, { reps });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves CampaignEvent references in one statement, unknown ones as null', async () => {
    const [a, b] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign_event ORDER BY id LIMIT 2`);
    const before = h.subgraphs.campaigns.database.queries.total;
    const res = await h.gql<{ _entities: ({ id: string; title: string } | null)[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CampaignEvent { id title } } }`,
      { reps: [a, b, { id: 999999 }].map((e) => ({ __typename: 'CampaignEvent', id: String(e.id) })) },
    );
    expect(res.errors).toBeUndefined();
    expect(h.subgraphs.campaigns.database.queries.since(before)).toBe(1);
    expect(res.data!._entities.map((e) => e?.id ?? null)).toEqual([String(a.id), String(b.id), null]);
  });
});
