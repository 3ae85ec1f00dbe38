import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { type RunningSubgraph } from '@civic/subgraph-kit';
import { createScratchDatabase, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

let harness: SubgraphHarness;
let org: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph], { databaseUrl: await createScratchDatabase() });
  org = harness.subgraphs.org;
}, 60000);
afterAll(() => harness?.stop());

const ADMIN: Identity = { subject: 'org-admin-test', role: 'ADMIN' };
const run = (q: string, variables?: Record<string, unknown>, identity = ADMIN) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);
const lastStationOf = async (instituteCode: string) =>
  String(
    (
      await sql<{ id: number }>(
        `SELECT s.id FROM org.org_unit s JOIN org.org_unit i ON i.id = s.parent_id WHERE i.code = $1 AND s.level = 'STATION' ORDER BY s.id DESC LIMIT 1`,
        [instituteCode],
      )
    )[0].id,
  );

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
      i: {
        name: '测试',
        code: 'code' in spec ? spec.code : `T-${Math.random().toString(36).slice(2, 8)}`,
        level: spec.level,
        parentId,
        regionCode: 'regionCode' in spec ? spec.regionCode : null,
      },
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

describe('updating, closing and reopening units', () => {
  it('updates descriptive fields, keeps omitted ones and clears nulls', async () => {
    const id = await idOf('513426100002-SJZ');
    const update = `mutation($id: ID!, $i: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $i) { name address location { latitude longitude } contact { name phone } } }`;
    const res = await run(update, {
      id,
      i: { address: '会东街道某路1号', latitude: 26.6, longitude: 102.5, contactName: '李站长', contactPhone: '13800001111' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrgUnit).toMatchObject({
      address: '会东街道某路1号',
      location: { latitude: 26.6, longitude: 102.5 },
      contact: { name: '李站长', phone: '13800001111' },
    });
    const cleared = await run(update, { id, i: { address: null } });
    expect(cleared.data!.updateOrgUnit.address).toBeNull();
    expect(cleared.data!.updateOrgUnit.contact.name).toBe('李站长');
  });

  it.each([
    ['a latitude without longitude', { latitude: 10 }, /together/],
    ['a latitude out of range', { latitude: 91, longitude: 0 }, /latitude/],
    ['a bad phone', { contactPhone: '12345' }, /contactPhone/],
    ['an empty name', { name: ' ' }, /name/],
  ])('refuses %s', async (_label, input, message) => {
    const res = await run(`mutation($id: ID!, $i: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $i) { id } }`, {
      id: await idOf('513426100002-SJZ'),
      i: input,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('closes a unit only when nothing open is below it, keeps it, and reopens it', async () => {
    const close = `mutation($id: ID!) { closeOrgUnit(id: $id, closedOn: "2026-01-31") { closedOn } }`;
    const institute = await idOf('513426101000-SJS');
    const refused = await run(close, { id: institute });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const station = await lastStationOf('513426101000-SJS');
    const closed = await run(close, { id: station });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeOrgUnit.closedOn).toBe('2026-01-31');
    expect((await run(close, { id: station })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const under = await run(CREATE, { i: { name: '测试', code: 'T-UNDER-CLOSED', level: 'POINT', parentId: station } });
    expect(under.errors?.[0]?.message).toMatch(/closed/);
    const still = await run(`query($id: ID!) { orgUnit(id: $id) { closedOn } }`, { id: station });
    expect(still.data!.orgUnit.closedOn).toBe('2026-01-31');
    const reopened = await run(`mutation($id: ID!) { reopenOrgUnit(id: $id) { closedOn } }`, { id: station });
    expect(reopened.data!.reopenOrgUnit.closedOn).toBeNull();
  });

  it('requires a sub-center to name its department', async () => {
    const res = await run(CREATE, {
      i: { name: '会东县新时代文明实践测试分中心', code: 'T-FZX', level: 'SUB_CENTER', parentId: await idOf('513426-ZX') },
    });
    expect(res.errors?.[0]?.message).toMatch(/department/);
  });
});

describe('venues and designations', () => {
  it('adds, updates and removes a venue, each in the audit log', async () => {
    const unit = await idOf('513426100003-SJZ');
    const added = await run(`mutation($i: AddVenueInput!) { addVenue(input: $i) { id name kind capacity orgUnit { id } } }`, {
      i: { orgUnitId: unit, name: '村史馆', kind: 'HISTORY_MUSEUM', capacity: 40 },
    });
    expect(added.errors).toBeUndefined();
    const venue = added.data!.addVenue;
    expect(venue).toMatchObject({ name: '村史馆', kind: 'HISTORY_MUSEUM', capacity: 40, orgUnit: { id: unit } });
    const updated = await run(
      `mutation($id: ID!) { updateVenue(id: $id, input: { openingHours: "周末 9:00-17:00", capacity: null }) { openingHours capacity name } }`,
      { id: venue.id },
    );
    expect(updated.data!.updateVenue).toEqual({ openingHours: '周末 9:00-17:00', capacity: null, name: '村史馆' });
    expect(
      (await run(`mutation($id: ID!) { updateVenue(id: $id, input: { capacity: 0 }) { id } }`, { id: venue.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    const removed = await run(`mutation($id: ID!) { removeVenue(id: $id) { id name } }`, { id: venue.id });
    expect(removed.data!.removeVenue.name).toBe('村史馆');
    expect((await run(`query($id: ID!) { venue(id: $id) { id } }`, { id: venue.id })).data!.venue).toBeNull();
    expect((await run(`mutation($id: ID!) { removeVenue(id: $id) { id } }`, { id: venue.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const actions = await sql<{ action: string }>(
      `SELECT action FROM audit.entry WHERE entity_type = 'Venue' AND $1 = ANY(entity_ids) ORDER BY id`,
      [venue.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['addVenue', 'updateVenue', 'removeVenue']);
  });

  it('grants and revokes a designation, keeping the history; a pilot designation makes isPilot true', async () => {
    const unit = await idOf('513426100004-SJZ');
    const grant = `mutation($i: GrantDesignationInput!) { grantDesignation(input: $i) { id active orgUnit { isPilot } } }`;
    const input = { orgUnitId: unit, kind: 'PILOT', title: '新时代文明实践试点', grantedBy: '中共会东县委宣传部', grantedOn: '2021-03-01' };
    const granted = await run(grant, { i: input });
    expect(granted.data!.grantDesignation).toMatchObject({ active: true, orgUnit: { isPilot: true } });
    expect((await run(grant, { i: input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const revoked = await run(
      `mutation($id: ID!) { revokeDesignation(id: $id, revokedOn: "2022-01-01") { active revokedOn orgUnit { isPilot designations(includeRevoked: true) { revokedOn } } } }`,
      {
        id: granted.data!.grantDesignation.id,
      },
    );
    expect(revoked.data!.revokeDesignation).toEqual({
      active: false,
      revokedOn: '2022-01-01',
      orgUnit: { isPilot: false, designations: [{ revokedOn: '2022-01-01' }] },
    });
    const future = await run(grant, { i: { ...input, grantedOn: '2999-01-01' } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets an ORG_ADMIN change venues only inside its subtree', async () => {
    const scoped: Identity = { subject: 'oa', role: 'ORG_ADMIN', orgUnitCode: '513426102000-SJS' };
    const inside = await lastStationOf('513426102000-SJS');
    const outside = await lastStationOf('513426103000-SJS');
    const add = `mutation($u: ID!) { addVenue(input: { orgUnitId: $u, name: "农家书屋分馆", kind: FARMHOUSE_LIBRARY }) { id } }`;
    expect((await run(add, { u: inside }, scoped)).errors).toBeUndefined();
    expect((await run(add, { u: outside }, scoped)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rules declared on the input types', () => {
  const UPDATE = `mutation($id: ID!, $i: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $i) { id } }`;
  const ADD_VENUE = `mutation($i: AddVenueInput!) { addVenue(input: $i) { id } }`;

  it.each([
    [
      'a blank name',
      CREATE,
      async () => ({ i: { name: '  ', code: 'T-RULE-1', level: 'POINT', parentId: await idOf('513426-ZX') } }),
      'input.name',
      'name must be 1 to 100 characters',
    ],
    [
      'a malformed code',
      CREATE,
      async () => ({ i: { name: '测试', code: 'a b', level: 'POINT', parentId: await idOf('513426-ZX') } }),
      'input.code',
      'code must be 2 to 40 letters, digits or hyphens',
    ],
    [
      'a latitude out of range',
      UPDATE,
      async () => ({ id: await idOf('513426100002-SJZ'), i: { latitude: 91, longitude: 0 } }),
      'input.latitude',
      'latitude must be between -90 and 90',
    ],
    [
      'a malformed contact phone',
      UPDATE,
      async () => ({ id: await idOf('513426100002-SJZ'), i: { contactPhone: '12345' } }),
      'input.contactPhone',
      'contactPhone must be a mobile number',
    ],
    [
      'a name cleared with null',
      UPDATE,
      async () => ({ id: await idOf('513426100002-SJZ'), i: { name: null } }),
      'input.name',
      'name must be 1 to 100 characters',
    ],
    [
      'a venue without room',
      ADD_VENUE,
      async () => ({ i: { orgUnitId: await idOf('513426100003-SJZ'), name: '村史馆', kind: 'HISTORY_MUSEUM', capacity: 0 } }),
      'input.capacity',
      'capacity must be',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_label, mutation, variables, argument, message) => {
    const [{ n: before }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit.entry`);
    const res = await run(mutation, await variables());
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument }, message: expect.stringContaining(message) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
    const [{ n: after }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit.entry`);
    expect(after).toBe(before);
  });
});
