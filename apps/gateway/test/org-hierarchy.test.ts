import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** The org hierarchy, through the gateway over HTTP, on a database of its own (it moves units). */
let platform: TestPlatform;
let databaseUrl: string;
const ADMIN: Caller = { role: 'ADMIN', subject: 'org-admin' };
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const HUIDONG_UNIT_COUNTS = graphql(`
  query HuidongUnitCounts {
    orgUnitByCode(code: "513426-ZX") {
      stations: descendants(level: STATION, first: 0) {
        totalCount
      }
      institutes: descendants(level: INSTITUTE, first: 0) {
        totalCount
      }
      subCenters: descendants(level: SUB_CENTER, first: 0) {
        totalCount
      }
      points: descendants(level: POINT, first: 0) {
        totalCount
      }
    }
  }
`);
const XIAOCHAHE_ANCESTORS = graphql(`
  query XiaochaheAncestors {
    orgUnits(filter: { search: "小岔河" }) {
      edges {
        node {
          level
          isPilot
          ancestors {
            code
            level
          }
        }
      }
    }
  }
`);
const HUIDONG_COVERAGE = graphql(`
  query HuidongCoverage {
    orgUnitByCode(code: "513426-ZX") {
      coverage {
        townships {
          uncovered {
            code
          }
          percentCovered
        }
        villages {
          total
          covered
          percentCovered
          uncovered {
            name
          }
        }
      }
    }
  }
`);

describe('the Huidong hierarchy through the gateway', () => {
  it('counts 204 stations, 19 institutes, 15 sub-centers and 15 points below the center', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, HUIDONG_UNIT_COUNTS);
    expect(res.errors).toBeUndefined();
    const c = res.data!.orgUnitByCode!;
    expect([c.stations.totalCount, c.institutes.totalCount, c.subCenters.totalCount, c.points.totalCount]).toEqual([204, 19, 15, 15]);
  });

  it('lists ancestors root first', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, XIAOCHAHE_ANCESTORS);
    expect(res.data!.orgUnits.edges[0].node).toEqual({
      level: 'STATION',
      isPilot: true,
      ancestors: [
        { code: '513426-ZX', level: 'CENTER' },
        { code: '513426101000-SJS', level: 'INSTITUTE' },
      ],
    });
  });

  it('reports the coverage gaps that were seeded', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, HUIDONG_COVERAGE);
    const { townships, villages } = res.data!.orgUnitByCode!.coverage!;
    expect(townships).toEqual({ uncovered: [], percentCovered: 100 });
    expect(villages).toMatchObject({ total: 210, covered: 204, percentCovered: 97.14 });
    expect(villages.uncovered).toHaveLength(6);
  });
});

const MOVE_UNIT = graphql(`
  mutation MoveUnit($id: ID!, $p: ID!) {
    moveOrgUnit(id: $id, newParentId: $p) {
      id
    }
  }
`);
const CREATE_TEST_POINT = graphql(`
  mutation CreateTestPoint($p: ID!) {
    createOrgUnit(input: { name: "村小实践点", code: "T-MOVE-POINT", level: POINT, parentId: $p }) {
      id
    }
  }
`);
const UNIT_FIGURES = graphql(`
  query UnitFigures($id: ID!) {
    orgUnit(id: $id) {
      volunteerStats {
        volunteerCount
      }
      campaignStats {
        eventCount
      }
    }
  }
`);
const FIGURES_OF_TWO_UNITS = graphql(`
  query FiguresOfTwoUnits($from: String!, $to: String!) {
    from: orgUnitByCode(code: $from) {
      volunteerStats {
        volunteerCount
      }
      campaignStats {
        eventCount
      }
    }
    to: orgUnitByCode(code: $to) {
      volunteerStats {
        volunteerCount
      }
      campaignStats {
        eventCount
      }
    }
  }
`);
const TEST_POINT_ANCESTORS = graphql(`
  query TestPointAncestors {
    orgUnitByCode(code: "T-MOVE-POINT") {
      ancestors {
        code
      }
    }
  }
`);

describe('moving units', () => {
  const move = (id: string, p: string) => callAs(platform.gateway.url, ADMIN, MOVE_UNIT, { id, p });
  const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);

  it('refuses a move under its own descendant, and one that breaks a level rule, with BAD_USER_INPUT', async () => {
    const cycle = await move(await idOf('513426101000-SJS'), await idOf('513426101200-SJZ'));
    expect(cycle.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/cycle/) });
    const level = await move(await idOf('513426101200-SJZ'), await idOf('513426-FZX-01'));
    expect(level.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/cannot sit under a SUB_CENTER/),
    });
  });

  it("moves a station with its subtree: descendants get new ancestors, and every subgraph's subtree figures follow", async () => {
    const [station] = await sql<{ id: number; code: string }>(
      `SELECT s.id, s.code FROM org.org_unit s WHERE s.level = 'STATION'
         AND EXISTS (SELECT 1 FROM volunteers.volunteer v WHERE v.home_unit_id = s.id)
         AND EXISTS (SELECT 1 FROM campaigns.campaign_event e WHERE e.host_unit_id = s.id)
       ORDER BY s.id LIMIT 1`,
    );
    const point = await callAs(platform.gateway.url, ADMIN, CREATE_TEST_POINT, { p: String(station.id) });
    expect(point.errors).toBeUndefined();
    const [{ from, to }] = await sql<{ from: string; to: string }>(
      `SELECT (SELECT p.code FROM org.org_unit p WHERE p.id = s.parent_id) AS from,
              (SELECT i.code FROM org.org_unit i WHERE i.level = 'INSTITUTE' AND i.code LIKE '513426%' AND i.id <> s.parent_id ORDER BY i.id DESC LIMIT 1) AS to
       FROM org.org_unit s WHERE s.id = $1`,
      [station.id],
    );
    const figures = async () => {
      const { from: fromUnit, to: toUnit } = (await callAs(platform.gateway.url, ADMIN, FIGURES_OF_TWO_UNITS, { from, to })).data!;
      return { from: fromUnit!, to: toUnit! };
    };
    const stationFigures = await callAs(platform.gateway.url, ADMIN, UNIT_FIGURES, { id: String(station.id) });
    const moving = stationFigures.data!.orgUnit!;
    const before = await figures();

    const moved = await move(String(station.id), await idOf(to));
    expect(moved.errors).toBeUndefined();

    const ancestors = await callAs(platform.gateway.url, ADMIN, TEST_POINT_ANCESTORS);
    expect(ancestors.data!.orgUnitByCode!.ancestors.map((a) => a.code)).toEqual(['513426-ZX', to, station.code]);
    const after = await figures();
    expect(moving.volunteerStats.volunteerCount).toBeGreaterThan(0);
    expect(moving.campaignStats.eventCount).toBeGreaterThan(0);
    expect(after.from.volunteerStats.volunteerCount).toBe(before.from.volunteerStats.volunteerCount - moving.volunteerStats.volunteerCount);
    expect(after.to.volunteerStats.volunteerCount).toBe(before.to.volunteerStats.volunteerCount + moving.volunteerStats.volunteerCount);
    expect(after.from.campaignStats.eventCount).toBe(before.from.campaignStats.eventCount - moving.campaignStats.eventCount);
    expect(after.to.campaignStats.eventCount).toBe(before.to.campaignStats.eventCount + moving.campaignStats.eventCount);
  });
});
