import { IDENTITY_HEADER, signIdentity, startSubgraph, type Identity, type RunningSubgraph } from '@civic/kernel';
import { createScratchDatabase, postGraphQL } from '@civic/kernel/testing';
import { orgSubgraph } from '../src';

let org: RunningSubgraph;

beforeAll(async () => {
  org = await startSubgraph(orgSubgraph, { databaseUrl: await createScratchDatabase(), port: 0 });
  await orgSubgraph.seedDemo!(org.database.dataSource);
}, 60000);
afterAll(() => org?.stop());

const ADMIN: Identity = { subject: 'org-admin-test', role: 'ADMIN' };
const run = (q: string, variables?: Record<string, unknown>, identity = ADMIN) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);

const CREATE = `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id code level parent { code } ancestors { code } } }`;
const MOVE = `mutation($id: ID!, $p: ID!) { moveOrgUnit(id: $id, newParentId: $p) { id parent { code } ancestors { code } descendants(first: 50) { totalCount } } }`;

describe('creating org units', () => {
  it('creates a practice point under a station, with its place in the tree', async () => {
    const station = await idOf('513426100001-SJZ');
    const res = await run(CREATE, { i: { name: '会东县第一小学实践点', code: 'T-POINT-1', level: 'POINT', parentId: station } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrgUnit).toMatchObject({ code: 'T-POINT-1', level: 'POINT', parent: { code: '513426100001-SJZ' } });
    expect(res.data!.createOrgUnit.ancestors.map((a: { code: string }) => a.code)[0]).toBe('513426-ZX');
  });

  it.each([
    ['a station directly under a center', { level: 'STATION', parent: '513426-ZX' }, 'BAD_USER_INPUT', /cannot sit under a CENTER/],
    ['an institute without a parent', { level: 'INSTITUTE', parent: null }, 'BAD_USER_INPUT', /at the top/],
    ['a duplicate code', { level: 'POINT', parent: '513426-ZX', code: '513426-ZX' }, 'CONFLICT', /already exists/],
    ['a malformed code', { level: 'POINT', parent: '513426-ZX', code: 'a b' }, 'BAD_USER_INPUT', /code/],
    ['an unknown region', { level: 'POINT', parent: '513426-ZX', regionCode: '999999' }, 'BAD_USER_INPUT', /region 999999/],
  ])('refuses %s and stores nothing', async (_label, spec, code, message) => {
    const [{ n: before }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM org.org_unit`);
    const parentId = spec.parent ? await idOf(spec.parent) : null;
    const res = await run(CREATE, {
      i: { name: '测试', code: 'code' in spec ? spec.code : `T-${Math.random().toString(36).slice(2, 8)}`, level: spec.level, parentId, regionCode: 'regionCode' in spec ? spec.regionCode : null },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    const [{ n: after }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM org.org_unit`);
    expect(after).toBe(before);
  });

  it('answers NOT_FOUND for a parent that does not exist', async () => {
    const res = await run(CREATE, { i: { name: '测试', code: 'T-NF', level: 'POINT', parentId: '987654' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('moving org units', () => {
  it('moves a station with its subtree to another institute, rewriting every path below in one go', async () => {
    const station = await idOf('513426100001-SJZ');
    const [{ code: target }] = await sql<{ code: string }>(
      `SELECT code FROM org.org_unit WHERE level = 'INSTITUTE' AND id <> (SELECT parent_id FROM org.org_unit WHERE id = $1) ORDER BY id LIMIT 1`,
      [Number(station)],
    );
    const res = await run(MOVE, { id: station, p: await idOf(target) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveOrgUnit.parent.code).toBe(target);
    expect(res.data!.moveOrgUnit.descendants.totalCount).toBe(1);
    const [point] = await sql<{ path: string; depth: number }>(`SELECT path, depth FROM org.org_unit WHERE code = 'T-POINT-1'`);
    const [parent] = await sql<{ path: string; depth: number }>(`SELECT path, depth FROM org.org_unit WHERE id = $1`, [Number(station)]);
    expect(point.path.startsWith(parent.path)).toBe(true);
    expect(point.depth).toBe(parent.depth + 1);
    const [{ broken }] = await sql<{ broken: number }>(
      `SELECT count(*)::int AS broken FROM org.org_unit c JOIN org.org_unit p ON p.id = c.parent_id WHERE c.path <> p.path || c.id || '/' OR c.depth <> p.depth + 1`,
    );
    expect(broken).toBe(0);
  });

  it('refuses to move a unit under itself or its own descendant', async () => {
    const institute = await idOf('513426-ZX');
    const res = await run(MOVE, { id: institute, p: await idOf('T-POINT-1') });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/cycle/);
  });

  it('refuses a move that breaks the level rules', async () => {
    const res = await run(MOVE, { id: await idOf('513426100001-SJZ'), p: await idOf('513426-ZX') });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
