import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds, expectedUnitStats, type Stats } from './support/expected-stats';

interface UnitStats {
  id: string;
  self: Stats;
  subtree: Stats;
  lecture: Stats;
}

const ENTITIES = `query ($representations: [_Any!]!, $lectureId: ID) {
  _entities(representations: $representations) {
    ... on OrgUnit {
      id
      self: campaignStats(scope: SELF) { eventCount audienceTotal volunteerCount }
      subtree: campaignStats { eventCount audienceTotal volunteerCount }
      lecture: campaignStats(scope: SUBTREE, campaignId: $lectureId) { eventCount audienceTotal volunteerCount }
    }
  }
}`;

const ZERO: Stats = { eventCount: 0, audienceTotal: 0, volunteerCount: 0 };

describe('campaigns subgraph: OrgUnit.campaignStats', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let stationId: number;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
    const [station] = await h.sql<{ id: number }>(
      `SELECT e.host_unit_id AS id FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id
       WHERE u.level = 'STATION' AND u.parent_id = $1 GROUP BY e.host_unit_id ORDER BY count(*) DESC, e.host_unit_id LIMIT 1`,
      [ids.instituteId],
    );
    stationId = station.id;
  });
  afterAll(() => h?.stop());

  it('answers several OrgUnit representations, SELF and SUBTREE and per campaign, in ONE statement', async () => {
    const unitIds = [ids.centerId, ids.instituteId, stationId];
    const representations = [...unitIds, 999999].map((id) => ({ __typename: 'OrgUnit', id: String(id) }));
    const before = h.subgraphs.campaigns.database.queries.total;
    const res = await h.gql<{ _entities: UnitStats[] }>(ENTITIES, { representations, lectureId: String(ids.lectureId) });
    const statements = h.subgraphs.campaigns.database.queries.total - before;
    expect(res.errors).toBeUndefined();
    expect(statements).toBe(1);

    const [center, institute, station, unknown] = res.data!._entities;
    for (const [unit, id] of [
      [center, ids.centerId],
      [institute, ids.instituteId],
      [station, stationId],
    ] as const) {
      expect(unit.id).toBe(String(id));
      expect(unit.self).toEqual(await expectedUnitStats(h, id, false));
      expect(unit.subtree).toEqual(await expectedUnitStats(h, id, true));
      expect(unit.lecture).toEqual(await expectedUnitStats(h, id, true, ids.lectureId));
    }
    expect(unknown).toEqual({ id: '999999', self: ZERO, subtree: ZERO, lecture: ZERO });
  });

  it('counts the whole county below the center, and only the unit itself for SELF', async () => {
    const res = await h.gql<{ _entities: UnitStats[] }>(ENTITIES, {
      representations: [ids.centerId, ids.instituteId].map((id) => ({ __typename: 'OrgUnit', id: String(id) })),
      lectureId: String(ids.lectureId),
    });
    const [center, institute] = res.data!._entities;
    const [all] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id WHERE u.code LIKE '513426%'`,
    );
    expect(center.subtree.eventCount).toBe(all.n);
    expect(center.self).toEqual(ZERO);
    // the institute hosts some events itself and its stations host more
    expect(institute.self.eventCount).toBeGreaterThan(0);
    expect(institute.subtree.eventCount).toBeGreaterThan(institute.self.eventCount);
    expect(institute.subtree.audienceTotal).toBeGreaterThan(institute.self.audienceTotal);
    expect(institute.lecture.eventCount).toBeLessThan(institute.subtree.eventCount);
  });

  it('gives zeros for a unit id that cannot exist', async () => {
    const res = await h.gql<{ _entities: UnitStats[] }>(ENTITIES, { representations: [{ __typename: 'OrgUnit', id: 'abc' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual({ id: 'abc', self: ZERO, subtree: ZERO, lecture: ZERO });
  });

  it('rejects a malformed campaign id as BAD_USER_INPUT', async () => {
    const res = await h.gql(ENTITIES, {
      representations: [{ __typename: 'OrgUnit', id: String(ids.instituteId) }],
      lectureId: 'lecture-1',
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('lecture-1');
  });
});
