import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { workspaceSubgraph } from '../src';
import {
  ADMIN,
  ANALYST,
  ANONYMOUS,
  HUIDONG_CENTER,
  huidongInstituteAndStation,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

/**
 * Saved views over real HTTP: a PROPAGANDA of the Huidong center saves one; its colleagues and the
 * units below read it, Tongchuan does not; only its own unit's editors change, share or delete it;
 * its public link reads without a token. Writes, so a scratch copy of the seeded database.
 */
let h: SubgraphHarness;
let units: { institute: string; station: string };
let centerId: string;

const HUIDONG_PROPAGANDA = scoped('PROPAGANDA', HUIDONG_CENTER, 'a');
const HUIDONG_COLLEAGUE = scoped('PROPAGANDA', HUIDONG_CENTER, 'b');
const TONGCHUAN_PROPAGANDA = scoped('PROPAGANDA', TONGCHUAN_CENTER);
const DEFINITION = JSON.stringify({ version: 1, panels: [{ id: 'p1', kind: 'headline', title: '宣讲场次', filters: {} }] });

const VIEW_FIELDS = 'id name description definition ownerUnit { id } createdBy version shareKey createdAt updatedAt';
const CREATE = `mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { ${VIEW_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSavedViewInput!) { updateSavedView(id: $id, input: $input) { ${VIEW_FIELDS} } }`;
const DELETE = `mutation ($id: ID!, $v: Int!) { deleteSavedView(id: $id, expectedVersion: $v) }`;
const SHARE = `mutation ($id: ID!, $v: Int!) { shareSavedView(id: $id, expectedVersion: $v) { id version shareKey } }`;
const UNSHARE = `mutation ($id: ID!, $v: Int!) { unshareSavedView(id: $id, expectedVersion: $v) { id version shareKey } }`;
const ONE = `query ($id: ID!) { savedView(id: $id) { ${VIEW_FIELDS} } }`;
const LIST = `query ($search: String, $first: Int, $after: String, $orderBy: SavedViewOrder) {
  savedViews(search: $search, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name shareKey } }
  }
}`;
const PUBLIC = `query ($key: String!) { publicView(shareKey: $key) { name description definition ownerUnitName updatedAt } }`;

interface ViewNode {
  id: string;
  name: string;
  description: string | null;
  definition: string;
  ownerUnit: { id: string } | null;
  createdBy: string | null;
  version: number;
  shareKey: string | null;
}

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, workspaceSubgraph], { databaseUrl: await createScratchDatabase() });
  units = await huidongInstituteAndStation(h);
  centerId = await unitIdOf(h, HUIDONG_CENTER);
});
afterAll(() => h?.stop());

const create = async (identity = HUIDONG_PROPAGANDA, input: Record<string, unknown> = {}) => {
  const res = await h.gqlAs<{ createSavedView: ViewNode }>(identity, CREATE, {
    input: { name: '移风易俗宣讲看板', definition: DEFINITION, ...input },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createSavedView;
};
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const listNames = async (identity: Parameters<SubgraphHarness['gqlAs']>[0], variables: Record<string, unknown> = {}) => {
  const res = await h.gqlAs(identity, LIST, { first: 100, ...variables });
  expect(res.errors).toBeUndefined();
  return (res.data!.savedViews.edges as { node: { name: string } }[]).map((e) => e.node.name);
};

describe('saving, reading, changing and deleting a view', () => {
  it("saves a view for the caller's unit, named by its token subject, at version 1", async () => {
    const view = await create(HUIDONG_PROPAGANDA, { name: '  党史宣讲周报  ', description: '  每周一调度  ' });
    expect(view).toMatchObject({
      name: '党史宣讲周报',
      description: '每周一调度',
      definition: DEFINITION,
      ownerUnit: { id: centerId },
      createdBy: HUIDONG_PROPAGANDA.subject,
      version: 1,
      shareKey: null,
    });
    const read = await h.gqlAs(HUIDONG_PROPAGANDA, ONE, { id: view.id });
    expect(read.data!.savedView).toEqual(view);
  });

  it('changes a view on the version read, and refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const view = await create();
    const changed = await h.gqlAs<{ updateSavedView: ViewNode }>(HUIDONG_PROPAGANDA, UPDATE, {
      id: view.id,
      input: { expectedVersion: 1, name: '移风易俗宣讲看板（修订）', description: null, definition: '{"version":1,"panels":[]}' },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateSavedView).toMatchObject({
      name: '移风易俗宣讲看板（修订）',
      definition: '{"version":1,"panels":[]}',
      version: 2,
    });

    const stale = await h.gqlAs(HUIDONG_COLLEAGUE, UPDATE, { id: view.id, input: { expectedVersion: 1, name: '别人的修改' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const after = await h.gqlAs(HUIDONG_PROPAGANDA, ONE, { id: view.id });
    expect(after.data!.savedView).toMatchObject({ name: '移风易俗宣讲看板（修订）', version: 2 });
  });

  it('deletes a view on the version read; then it is gone', async () => {
    const view = await create();
    expect(codeOf(await h.gqlAs(HUIDONG_PROPAGANDA, DELETE, { id: view.id, v: 7 }))).toBe('CONFLICT');
    const deleted = await h.gqlAs(HUIDONG_PROPAGANDA, DELETE, { id: view.id, v: 1 });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteSavedView).toBe(view.id);
    expect((await h.gqlAs(HUIDONG_PROPAGANDA, ONE, { id: view.id })).data!.savedView).toBeNull();
    expect(codeOf(await h.gqlAs(HUIDONG_PROPAGANDA, DELETE, { id: view.id, v: 1 }))).toBe('NOT_FOUND');
  });

  it.each([
    ['not JSON', '{"panels": ['],
    ['a JSON array', '[1, 2]'],
    ['a JSON value', '"panels"'],
    ['over 64 KB', JSON.stringify({ panels: [], note: 'x'.repeat(64 * 1024) })],
  ])('refuses a definition that is %s with BAD_USER_INPUT naming it, saving nothing', async (_label, definition) => {
    const [{ n: before }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM workspace.saved_view`);
    const res = await h.gqlAs(HUIDONG_PROPAGANDA, CREATE, { input: { name: '坏定义', definition } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.definition' });
    const [{ n: after }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM workspace.saved_view`);
    expect(after).toBe(before);
  });

  it('refuses a bad definition on an edit too, and a name that is blank or over 60 characters', async () => {
    const view = await create();
    const bad = await h.gqlAs(HUIDONG_PROPAGANDA, UPDATE, { id: view.id, input: { expectedVersion: 1, definition: 'null' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.definition' });
    for (const name of ['   ', '看'.repeat(61)]) {
      const res = await h.gqlAs(HUIDONG_PROPAGANDA, CREATE, { input: { name, definition: DEFINITION } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name' });
    }
  });
});

describe('who sees a view of the Huidong center', () => {
  let viewId: string;
  beforeAll(async () => {
    viewId = (await create(HUIDONG_PROPAGANDA, { name: '会东县宣讲进度看板' })).id;
  });

  it('another PROPAGANDA of the center sees it in savedViews and savedView(id)', async () => {
    expect(await listNames(HUIDONG_COLLEAGUE)).toContain('会东县宣讲进度看板');
    expect((await h.gqlAs(HUIDONG_COLLEAGUE, ONE, { id: viewId })).data!.savedView).toMatchObject({ id: viewId });
  });

  it('a PROPAGANDA of Tongchuan does not: absent from the list, null by id, NOT_FOUND when editing, as if it did not exist', async () => {
    expect(await listNames(TONGCHUAN_PROPAGANDA)).not.toContain('会东县宣讲进度看板');
    const one = await h.gqlAs(TONGCHUAN_PROPAGANDA, ONE, { id: viewId });
    expect(one.errors).toBeUndefined();
    expect(one.data!.savedView).toBeNull();
    for (const [query, variables] of [
      [UPDATE, { id: viewId, input: { expectedVersion: 1, name: '铜川改的' } }],
      [SHARE, { id: viewId, v: 1 }],
      [DELETE, { id: viewId, v: 1 }],
    ] as const) {
      const res = await h.gqlAs(TONGCHUAN_PROPAGANDA, query, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(res.errors?.[0]?.message).toBe(`saved view ${viewId} does not exist`);
    }
  });

  it('an OPERATOR of a Huidong station sees it, without its share key, but may not change it (FORBIDDEN)', async () => {
    const operator = scoped('OPERATOR', units.station);
    expect(await listNames(operator)).toContain('会东县宣讲进度看板');
    expect((await h.gqlAs(operator, ONE, { id: viewId })).data!.savedView).toMatchObject({ id: viewId, shareKey: null });
    const res = await h.gqlAs(operator, UPDATE, { id: viewId, input: { expectedVersion: 1, name: '站点改的' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/role OPERATOR may not save or change saved views/);
  });

  it('a PROPAGANDA of a township below reads it but may not change it: the view belongs to a unit outside its subtree', async () => {
    const township = scoped('PROPAGANDA', units.institute);
    expect((await h.gqlAs(township, ONE, { id: viewId })).data!.savedView).toMatchObject({ id: viewId });
    const res = await h.gqlAs(township, SHARE, { id: viewId, v: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/inside its own subtree; org unit \d+ is outside it/);
  });

  it("a township's own view is seen by the township and below, not by the county center above it", async () => {
    await create(scoped('PROPAGANDA', units.institute), { name: '乡镇宣讲看板' });
    expect(await listNames(scoped('OPERATOR', units.station))).toContain('乡镇宣讲看板');
    expect(await listNames(HUIDONG_PROPAGANDA)).not.toContain('乡镇宣讲看板');
  });

  it('ADMIN and ANALYST read every view; a VOLUNTEER none; without a token UNAUTHENTICATED', async () => {
    for (const reader of [ADMIN, ANALYST])
      expect(await listNames(reader)).toEqual(expect.arrayContaining(['会东县宣讲进度看板', '乡镇宣讲看板']));
    const volunteer = await h.gqlAs(VOLUNTEER, LIST, {});
    expect(volunteer.data!.savedViews).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect((await h.gqlAs(VOLUNTEER, ONE, { id: viewId })).data!.savedView).toBeNull();
    for (const query of [LIST, ONE]) expect(codeOf(await h.gqlAs(ANONYMOUS, query, { id: viewId }))).toBe('UNAUTHENTICATED');
  });

  it('ANALYST may not save views; ADMIN saves views that belong to no unit, which scoped staff do not see', async () => {
    expect(codeOf(await h.gqlAs(ANALYST, CREATE, { input: { name: '分析看板', definition: DEFINITION } }))).toBe('FORBIDDEN');
    const adminView = await create(ADMIN, { name: '全省总览看板' });
    expect(adminView.ownerUnit).toBeNull();
    expect(await listNames(HUIDONG_PROPAGANDA)).not.toContain('全省总览看板');
    expect(
      (await h.gqlAs(ADMIN, UPDATE, { id: viewId, input: { expectedVersion: 1, description: '管理员补充说明' } })).errors,
    ).toBeUndefined();
  });
});

describe('the public link', () => {
  it('shares a view with an unguessable key that reads without a token and shows no person; sharing again keeps it; unsharing revokes it', async () => {
    const view = await create(HUIDONG_PROPAGANDA, { name: '大屏：党史宣讲', description: '大厅大屏' });
    const shared = await h.gqlAs(HUIDONG_PROPAGANDA, SHARE, { id: view.id, v: 1 });
    expect(shared.errors).toBeUndefined();
    const { shareKey, version } = shared.data!.shareSavedView as { shareKey: string; version: number };
    expect(shareKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(version).toBe(2);

    const again = await h.gqlAs(HUIDONG_COLLEAGUE, SHARE, { id: view.id, v: 2 });
    expect(again.data!.shareSavedView).toEqual({ id: view.id, version: 2, shareKey });

    const anonymous = await h.gqlAs(ANONYMOUS, PUBLIC, { key: shareKey });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.publicView).toEqual({
      name: '大屏：党史宣讲',
      description: '大厅大屏',
      definition: DEFINITION,
      ownerUnitName: '会东县新时代文明实践中心',
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(anonymous.data)).not.toContain(HUIDONG_PROPAGANDA.subject);

    const unshared = await h.gqlAs(HUIDONG_PROPAGANDA, UNSHARE, { id: view.id, v: 2 });
    expect(unshared.data!.unshareSavedView).toEqual({ id: view.id, version: 3, shareKey: null });
    expect((await h.gqlAs(ANONYMOUS, PUBLIC, { key: shareKey })).data!.publicView).toBeNull();

    const reshared = await h.gqlAs(HUIDONG_PROPAGANDA, SHARE, { id: view.id, v: 3 });
    expect(reshared.data!.shareSavedView.shareKey).not.toBe(shareKey);
  });

  it('answers null for keys that are unknown or cannot be keys', async () => {
    for (const key of ['AAAAAAAAAAAAAAAAAAAAAAAA', '', 'not a key!', 'x'.repeat(500)]) {
      const res = await h.gqlAs(ANONYMOUS, PUBLIC, { key });
      expect(res.errors).toBeUndefined();
      expect(res.data!.publicView).toBeNull();
    }
  });
});

describe('lists', () => {
  it('search names in Chinese and pinyin initials, sort and page', async () => {
    for (const name of ['红色电影放映看板', '红色展览看板', '志愿服务看板']) await create(HUIDONG_PROPAGANDA, { name });
    expect(await listNames(HUIDONG_PROPAGANDA, { search: '红色' })).toEqual(expect.arrayContaining(['红色电影放映看板', '红色展览看板']));
    expect(await listNames(HUIDONG_PROPAGANDA, { search: 'zyfw' })).toEqual(['志愿服务看板']);
    const byName = await listNames(HUIDONG_PROPAGANDA, { orderBy: { field: 'NAME' } });
    expect(byName).toEqual([...byName].sort());
    const recentFirst = await listNames(HUIDONG_PROPAGANDA);
    expect(recentFirst[0]).toBe('志愿服务看板');

    const first = await h.gqlAs(HUIDONG_PROPAGANDA, LIST, { first: 2 });
    const rest = await h.gqlAs(HUIDONG_PROPAGANDA, LIST, { first: 100, after: first.data!.savedViews.pageInfo.endCursor });
    const all = await listNames(HUIDONG_PROPAGANDA);
    expect([...first.data!.savedViews.edges, ...rest.data!.savedViews.edges].map((e: { node: { name: string } }) => e.node.name)).toEqual(
      all,
    );
    expect(first.data!.savedViews.totalCount).toBe(all.length);
  });

  it('costs the same four statements for one view or many, share keys included', async () => {
    for (const name of ['大屏一', '大屏二']) {
      const view = await create(HUIDONG_PROPAGANDA, { name });
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, SHARE, { id: view.id, v: 1 })).errors).toBeUndefined();
    }
    const statements = async (first: number) => {
      const before = h.subgraphs.workspace.database.queries.total;
      const res = await h.gqlAs(HUIDONG_PROPAGANDA, LIST, { first });
      expect(res.errors).toBeUndefined();
      return h.subgraphs.workspace.database.queries.total - before;
    };
    // The page, its count, then one batch each: which owners the caller sees, which it may edit.
    expect(await statements(1)).toBe(4);
    expect(await statements(20)).toBe(4);
  });

  it('refuses a search over 50 characters and a page over 100 with BAD_USER_INPUT', async () => {
    expect(codeOf(await h.gqlAs(HUIDONG_PROPAGANDA, LIST, { search: '看'.repeat(51) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.gqlAs(VOLUNTEER, LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
  });
});

describe('the audit log', () => {
  it('has an entry for every change of a view, with what changed but not the share key or the whole definition', async () => {
    const view = await create(HUIDONG_PROPAGANDA, { name: '审计看板' });
    await h.gqlAs(HUIDONG_PROPAGANDA, UPDATE, {
      id: view.id,
      input: { expectedVersion: 1, name: '审计看板2', definition: '{"panels":[]}' },
    });
    const shared = await h.gqlAs(HUIDONG_PROPAGANDA, SHARE, { id: view.id, v: 2 });
    await h.gqlAs(HUIDONG_PROPAGANDA, UNSHARE, { id: view.id, v: 3 });
    await h.gqlAs(HUIDONG_PROPAGANDA, DELETE, { id: view.id, v: 4 });
    const entries = await h.sql<{ action: string; actor: string; role: string; service: string; changes: Record<string, unknown> | null }>(
      `SELECT action, actor, role, service, changes FROM audit.entry WHERE entity_type = 'SavedView' AND $1 = ANY(entity_ids) ORDER BY id`,
      [view.id],
    );
    expect(entries.map((e) => e.action)).toEqual([
      'createSavedView',
      'updateSavedView',
      'shareSavedView',
      'unshareSavedView',
      'deleteSavedView',
    ]);
    expect(entries.every((e) => e.actor === HUIDONG_PROPAGANDA.subject && e.role === 'PROPAGANDA' && e.service === 'workspace')).toBe(true);
    expect(entries[1].changes).toMatchObject({
      name: { from: '审计看板', to: '审计看板2' },
      definition: { from: expect.stringMatching(/characters, sha256/), to: expect.stringMatching(/^13 characters, sha256/) },
    });
    expect(entries[2].changes).toEqual({ shared: { from: false, to: true } });
    expect(JSON.stringify(entries)).not.toContain(shared.data!.shareSavedView.shareKey);
  });
});
