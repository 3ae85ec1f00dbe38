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
  VOLUNTEER,
} from './support/callers';

/**
 * Saved queries over real HTTP: analysts save operations that belong to no unit and are shared with
 * the other unscoped readers; scoped staff save them for their unit's subtree. Writes, so a scratch copy.
 */
let h: SubgraphHarness;
let units: { institute: string; station: string };

const QUERY_FIELDS = 'id name description query variables ownerUnit { id } createdBy version';
const CREATE = `mutation ($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { ${QUERY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { ${QUERY_FIELDS} } }`;
const DELETE = `mutation ($id: ID!, $v: Int!) { deleteSavedQuery(id: $id, expectedVersion: $v) }`;
const ONE = `query ($id: ID!) { savedQuery(id: $id) { ${QUERY_FIELDS} } }`;
const LIST = `query ($search: String) { savedQueries(first: 100, search: $search) { totalCount edges { node { id name } } } }`;
const TEXT = 'query Townships($code: String!) { orgUnitByCode(code: $code) { name children { name } } }';

interface QueryNode {
  id: string;
  name: string;
  query: string;
  variables: string | null;
  ownerUnit: { id: string } | null;
  version: number;
}

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, workspaceSubgraph], { databaseUrl: await createScratchDatabase() });
  units = await huidongInstituteAndStation(h);
});
afterAll(() => h?.stop());

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const create = async (identity: Parameters<SubgraphHarness['gqlAs']>[0], input: Record<string, unknown> = {}) => {
  const res = await h.gqlAs<{ createSavedQuery: QueryNode }>(identity, CREATE, { input: { name: '乡镇名单', query: TEXT, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.createSavedQuery;
};
const names = async (identity: Parameters<SubgraphHarness['gqlAs']>[0], search?: string) => {
  const res = await h.gqlAs(identity, LIST, { search });
  expect(res.errors).toBeUndefined();
  return (res.data!.savedQueries.edges as { node: { name: string } }[]).map((e) => e.node.name);
};

describe('an analyst’s saved query', () => {
  it('belongs to no unit and is read and changed by analysts, read by ADMIN, hidden from scoped staff', async () => {
    const saved = await create(ANALYST, { name: '乡镇名单（分析）', variables: '{"code":"513426-ZX"}' });
    expect(saved).toMatchObject({ ownerUnit: null, variables: '{"code":"513426-ZX"}', version: 1, query: TEXT });
    const colleague = { ...ANALYST, subject: 'analyst-2' };
    expect(await names(colleague)).toContain('乡镇名单（分析）');
    expect(await names(ADMIN)).toContain('乡镇名单（分析）');
    expect(await names(scoped('ORG_ADMIN', HUIDONG_CENTER))).not.toContain('乡镇名单（分析）');

    const changed = await h.gqlAs(colleague, UPDATE, { id: saved.id, input: { expectedVersion: 1, variables: null, description: '全县' } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateSavedQuery).toMatchObject({ variables: null, description: '全县', version: 2 });
    const stale = await h.gqlAs(ANALYST, UPDATE, { id: saved.id, input: { expectedVersion: 1, name: '旧版本' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await h.gqlAs(ANALYST, DELETE, { id: saved.id, v: 2 })).data!.deleteSavedQuery).toBe(saved.id);
    expect((await h.gqlAs(ANALYST, ONE, { id: saved.id })).data!.savedQuery).toBeNull();
  });

  it('ANALYST reads but may not change a query of a unit (FORBIDDEN); ADMIN may', async () => {
    const saved = await create(scoped('OPERATOR', units.station), { name: '站点志愿者' });
    expect(await names(ANALYST)).toContain('站点志愿者');
    const res = await h.gqlAs(ANALYST, UPDATE, { id: saved.id, input: { expectedVersion: 1, name: '分析改的' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/saved without an org unit/);
    expect((await h.gqlAs(ADMIN, UPDATE, { id: saved.id, input: { expectedVersion: 1, name: '管理员改的' } })).errors).toBeUndefined();
  });
});

describe('a query saved by scoped staff', () => {
  it("is read in the owner's subtree, changed only by its own unit, unseen elsewhere", async () => {
    const saved = await create(scoped('PROPAGANDA', HUIDONG_CENTER), { name: '县级查询' });
    expect(saved.ownerUnit).not.toBeNull();
    const station = scoped('OPERATOR', units.station);
    expect(await names(station)).toContain('县级查询');
    expect(codeOf(await h.gqlAs(station, UPDATE, { id: saved.id, input: { expectedVersion: 1, name: '站点改的' } }))).toBe('FORBIDDEN');
    const tongchuan = scoped('PROPAGANDA', TONGCHUAN_CENTER);
    expect(await names(tongchuan)).not.toContain('县级查询');
    expect(codeOf(await h.gqlAs(tongchuan, DELETE, { id: saved.id, v: 1 }))).toBe('NOT_FOUND');
    const admin = scoped('ORG_ADMIN', HUIDONG_CENTER);
    expect((await h.gqlAs(admin, DELETE, { id: saved.id, v: 1 })).errors).toBeUndefined();
  });

  it('VOLUNTEER may neither save nor read queries; without a token UNAUTHENTICATED', async () => {
    expect(codeOf(await h.gqlAs(VOLUNTEER, CREATE, { input: { name: 'x', query: TEXT } }))).toBe('FORBIDDEN');
    expect((await h.gqlAs(VOLUNTEER, LIST, {})).data!.savedQueries).toEqual({ totalCount: 0, edges: [] });
    expect(codeOf(await h.gqlAs(ANONYMOUS, LIST, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.gqlAs(ANONYMOUS, CREATE, { input: { name: 'x', query: TEXT } }))).toBe('UNAUTHENTICATED');
  });
});

describe('the text of a saved query', () => {
  it.each([
    ['does not parse', '{ orgUnits(first: 5) { name '],
    ['is a schema, not an operation', 'type Foo { id: ID }'],
    ['holds only fragments', 'fragment F on OrgUnit { name }'],
    ['mixes an operation with a type definition', '{ orgUnits { totalCount } } scalar Date'],
    ['is over 100 KB', `{ ${'a '.repeat(52 * 1024)}}`],
  ])('is refused with BAD_USER_INPUT when it %s', async (_label, query) => {
    const res = await h.gqlAs(ANALYST, CREATE, { input: { name: '坏查询', query } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.query' });
  });

  it('may be changed only to text that parses; variables only to a JSON object', async () => {
    const saved = await create(ANALYST, { name: '改文本' });
    const bad = await h.gqlAs(ANALYST, UPDATE, { id: saved.id, input: { expectedVersion: 1, query: 'query {' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.query' });
    const badVariables = await h.gqlAs(ANALYST, CREATE, { input: { name: '坏变量', query: TEXT, variables: '[1]' } });
    expect(badVariables.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.variables' });
    const fine = await h.gqlAs(ANALYST, UPDATE, {
      id: saved.id,
      input: { expectedVersion: 1, query: '{ orgUnits(first: 1) { totalCount } }' },
    });
    expect(fine.data!.updateSavedQuery).toMatchObject({ query: '{ orgUnits(first: 1) { totalCount } }', version: 2 });
  });

  it('is found by name in pinyin', async () => {
    await create(ANALYST, { name: '志愿者名单' });
    expect(await names(ANALYST, 'zyzmd')).toEqual(['志愿者名单']);
    expect(await names(ANALYST, 'mingdan')).toEqual(['志愿者名单']);
  });
});

describe('the audit log', () => {
  it('has an entry for every change of a query', async () => {
    const saved = await create(ANALYST, { name: '审计查询' });
    await h.gqlAs(ANALYST, UPDATE, { id: saved.id, input: { expectedVersion: 1, query: '{ orgUnits { totalCount } }' } });
    await h.gqlAs(ANALYST, DELETE, { id: saved.id, v: 2 });
    const entries = await h.sql<{ action: string; changes: Record<string, unknown> | null }>(
      `SELECT action, changes FROM audit.entry WHERE entity_type = 'SavedQuery' AND $1 = ANY(entity_ids) ORDER BY id`,
      [saved.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['createSavedQuery', 'updateSavedQuery', 'deleteSavedQuery']);
    expect(entries[1].changes).toEqual({ query: { from: expect.stringMatching(/sha256/), to: expect.stringMatching(/sha256/) } });
    expect(entries[2].changes).toEqual({ name: { from: '审计查询', to: null } });
  });
});
