import { UNIT_TREE } from '@civic/org-tree';
import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The console's saved views through the gateway with real tokens (issue #20's acceptance): a view a
 * PROPAGANDA of the Huidong center saves is seen by another of that center and by its stations,
 * not by Tongchuan; its public link reads without a token and without personal data. Also the
 * analysts' demo query, run as saved. Writes, so its own database.
 */
let platform: TestPlatform;
let databaseUrl: string;
let station: string;

const HUIDONG_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'hd-propaganda-1' };
const HUIDONG_COLLEAGUE: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'hd-propaganda-2' };
const TONGCHUAN_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '610200-ZX', subject: 'tc-propaganda-1' };
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst-1' };
const ANONYMOUS: Caller = { role: 'ANONYMOUS' };
const DEFINITION = JSON.stringify({ version: 1, panels: [{ id: 'p1', kind: 'headline', title: '宣讲场次', filters: {} }] });

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
  const [row] = await queryTestDatabase<{ code: string }>(
    `SELECT s.code FROM ${UNIT_TREE} s JOIN ${UNIT_TREE} c ON s.path LIKE c.path || '%' WHERE c.code = '513426-ZX' AND s.level = 'STATION' ORDER BY s.id LIMIT 1`,
    [],
    databaseUrl,
  );
  station = row.code;
}, 240000);
afterAll(() => platform?.stop());

const SAVE_VIEW = graphql(`
  mutation SaveCampaignView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      id
      version
      createdBy
      shareKey
      ownerUnit {
        name
        level
      }
    }
  }
`);
const MY_VIEWS = graphql(`
  query MySavedViews($search: String) {
    savedViews(search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          ownerUnit {
            name
          }
        }
      }
    }
  }
`);
const ONE_VIEW = graphql(`
  query OneSavedView($id: ID!) {
    savedView(id: $id) {
      id
      name
      definition
      version
      shareKey
    }
  }
`);
const RENAME_VIEW = graphql(`
  mutation RenameSavedView($id: ID!, $version: Int!, $name: String!) {
    updateSavedView(id: $id, input: { expectedVersion: $version, name: $name }) {
      name
      version
    }
  }
`);
const SHARE_VIEW = graphql(`
  mutation ShareSavedView($id: ID!, $version: Int!) {
    shareSavedView(id: $id, expectedVersion: $version) {
      version
      shareKey
    }
  }
`);
const UNSHARE_VIEW = graphql(`
  mutation UnshareSavedView($id: ID!, $version: Int!) {
    unshareSavedView(id: $id, expectedVersion: $version) {
      version
      shareKey
    }
  }
`);
const WALL_SCREEN = graphql(`
  query WallScreenView($key: String!) {
    publicView(shareKey: $key) {
      name
      description
      definition
      ownerUnitName
      updatedAt
    }
  }
`);
const ANALYSTS_QUERIES = graphql(`
  query AnalystsSavedQueries {
    savedQueries(first: 20) {
      edges {
        node {
          name
          query
          variables
          ownerUnit {
            name
          }
        }
      }
    }
  }
`);

describe('a view saved by a PROPAGANDA of the Huidong center', () => {
  let id: string;

  it('belongs to the center, whose name the org subgraph gives', async () => {
    const res = await callAs(platform.gateway.url, HUIDONG_PROPAGANDA, SAVE_VIEW, {
      input: { name: '会东县移风易俗宣讲看板', description: '县委宣传部', definition: DEFINITION },
    });
    expect(res.errors).toBeUndefined();
    const view = res.data!.createSavedView;
    expect(view).toMatchObject({
      version: 1,
      createdBy: 'hd-propaganda-1',
      shareKey: null,
      ownerUnit: { name: '会东县新时代文明实践中心', level: 'CENTER' },
    });
    id = view.id;
  });

  it('is visible to another PROPAGANDA of the center, with the demo view of the center beside it', async () => {
    const list = await callAs(platform.gateway.url, HUIDONG_COLLEAGUE, MY_VIEWS, {});
    expect(list.errors).toBeUndefined();
    expect(list.data!.savedViews.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['会东县移风易俗宣讲看板', '会东县党史学习教育宣讲看板']),
    );
    const one = await callAs(platform.gateway.url, HUIDONG_COLLEAGUE, ONE_VIEW, { id });
    expect(one.data!.savedView).toMatchObject({ id, definition: DEFINITION });
  });

  it('is invisible to a PROPAGANDA of Tongchuan: not listed, null by id, NOT_FOUND when changed', async () => {
    const list = await callAs(platform.gateway.url, TONGCHUAN_PROPAGANDA, MY_VIEWS, {});
    expect(list.data!.savedViews.edges.map((e) => e.node.name)).not.toContain('会东县移风易俗宣讲看板');
    expect((await callAs(platform.gateway.url, TONGCHUAN_PROPAGANDA, ONE_VIEW, { id })).data!.savedView).toBeNull();
    const rename = await callAs(platform.gateway.url, TONGCHUAN_PROPAGANDA, RENAME_VIEW, { id, version: 1, name: '铜川' });
    expect(rename.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is read by an OPERATOR of a Huidong station, who may not change it', async () => {
    const operator: Caller = { role: 'OPERATOR', orgUnitCode: station, subject: 'hd-operator' };
    expect((await callAs(platform.gateway.url, operator, ONE_VIEW, { id })).data!.savedView).toMatchObject({ id, shareKey: null });
    const rename = await callAs(platform.gateway.url, operator, RENAME_VIEW, { id, version: 1, name: '站点改名' });
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is edited with the version check: a stale version is CONFLICT with the current one', async () => {
    const first = await callAs(platform.gateway.url, HUIDONG_PROPAGANDA, RENAME_VIEW, { id, version: 1, name: '会东县移风易俗看板' });
    expect(first.data!.updateSavedView).toEqual({ name: '会东县移风易俗看板', version: 2 });
    const stale = await callAs(platform.gateway.url, HUIDONG_COLLEAGUE, RENAME_VIEW, { id, version: 1, name: '旧版本上的修改' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('shares as a public link that shows the wall screen without a token and without personal data, until unshared', async () => {
    const shared = await callAs(platform.gateway.url, HUIDONG_PROPAGANDA, SHARE_VIEW, { id, version: 2 });
    expect(shared.errors).toBeUndefined();
    const key = shared.data!.shareSavedView.shareKey!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const wall = await callAs(platform.gateway.url, ANONYMOUS, WALL_SCREEN, { key });
    expect(wall.status).toBe(200);
    expect(wall.errors).toBeUndefined();
    expect(wall.data!.publicView).toEqual({
      name: '会东县移风易俗看板',
      description: '县委宣传部',
      definition: DEFINITION,
      ownerUnitName: '会东县新时代文明实践中心',
      updatedAt: expect.stringMatching(/\+08:00$/),
    });
    expect(JSON.stringify(wall.data)).not.toMatch(/hd-propaganda|createdBy/);

    const unshared = await callAs(platform.gateway.url, HUIDONG_PROPAGANDA, UNSHARE_VIEW, { id, version: 3 });
    expect(unshared.data!.unshareSavedView).toEqual({ version: 4, shareKey: null });
    expect((await callAs(platform.gateway.url, ANONYMOUS, WALL_SCREEN, { key })).data!.publicView).toBeNull();
  });

  it('is not listed to a caller without a token (UNAUTHENTICATED)', async () => {
    const res = await callAs(platform.gateway.url, ANONYMOUS, MY_VIEWS, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe("the analysts' saved query", () => {
  it('runs through the gateway as saved: hours for every township of Huidong', async () => {
    const saved = await callAs(platform.gateway.url, ANALYST, ANALYSTS_QUERIES);
    expect(saved.errors).toBeUndefined();
    const query = saved.data!.savedQueries.edges.map((e) => e.node).find((q) => q.name === '各乡镇志愿服务时长')!;
    expect(query.ownerUnit).toBeNull();
    const res = await callAs(platform.gateway.url, ANALYST, query.query, JSON.parse(query.variables!) as Record<string, unknown>);
    expect(res.errors).toBeUndefined();
    const cells = res.data!.orgUnitByCode.serviceHoursBreakdown as { keys: { dimension: string }[]; hours: number }[];
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every((c) => c.keys[0].dimension === 'TOWNSHIP')).toBe(true);
    expect(cells.reduce((sum, c) => sum + c.hours, 0)).toBeGreaterThan(0);
  });
});
