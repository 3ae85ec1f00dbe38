import { UNIT_TREE } from '@civic/org-tree';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { communitySubgraph } from '../src';
import {
  ADMIN,
  ANALYST,
  ANONYMOUS,
  huidongInstituteAndStation,
  rowCounts,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

let h: SubgraphHarness;
let unit: Awaited<ReturnType<typeof huidongInstituteAndStation>>;
let tongchuanId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, communitySubgraph], { databaseUrl: await createScratchDatabase() });
  unit = await huidongInstituteAndStation(h);
  tongchuanId = await unitIdOf(h, TONGCHUAN_CENTER);
}, 120000);
afterAll(() => h?.stop());

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) {
  id headName phone address categories memberCount registeredOn version orgUnit { id } } }`;
const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { id headName phone categories note version } }`;
const READ = `query($id: ID!) { household(id: $id) { id headName phone address categories } }`;

const household = (orgUnitId: string) => ({
  orgUnitId,
  headName: ' 龚德明 ',
  phone: '13981234567',
  address: '鲹鱼河镇小岔河村3组12号',
  categories: ['RESETTLED_MIGRANT', 'LEFT_BEHIND_CHILDREN'],
  memberCount: 4,
  registeredOn: '2021-03-02',
});

describe('registerHousehold and updateHousehold (住户登记)', () => {
  it('an OPERATOR of the institute registers a household at a station below it, sees it masked, and the write is audited', async () => {
    const operator = scoped('OPERATOR', unit.institute);
    const res = await h.gqlAs(operator, REGISTER, { input: household(unit.stationId) });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.registerHousehold;
    expect(saved).toMatchObject({
      headName: '龚**',
      phone: '139****4567',
      address: '鲹鱼河镇小岔河村*组**号',
      categories: ['RESETTLED_MIGRANT', 'LEFT_BEHIND_CHILDREN'],
      memberCount: 4,
      registeredOn: '2021-03-02',
      version: 1,
      orgUnit: { id: unit.stationId },
    });
    const [row] = await h.sql(`SELECT head_name, phone, created_by FROM community.household WHERE id = $1`, [saved.id]);
    expect(row).toEqual({ head_name: '龚德明', phone: '13981234567', created_by: operator.subject });
    const audit = await h.sql(
      `SELECT actor, action, entity_type FROM audit.entry WHERE $1 = ANY(entity_ids) AND entity_type = 'Household'`,
      [String(saved.id)],
    );
    expect(audit).toEqual([{ actor: operator.subject, action: 'registerHousehold', entity_type: 'Household' }]);
  });

  it('shows the personal fields whole to the ORG_ADMIN of the subtree, and writes one READ_PERSONAL_DATA entry for the read', async () => {
    const [{ id }] = await h.sql<{ id: number }>(`SELECT id FROM community.household WHERE head_name = '龚德明'`);
    const orgAdmin = scoped('ORG_ADMIN', unit.institute, 'reader');
    const res = await h.gqlAs(orgAdmin, READ, { id: String(id) });
    expect(res.data!.household).toMatchObject({ headName: '龚德明', phone: '13981234567', address: '鲹鱼河镇小岔河村3组12号' });
    const reads = await h.sql(`SELECT action, entity_type, entity_ids FROM audit.entry WHERE actor = $1`, [orgAdmin.subject]);
    expect(reads).toEqual([{ action: 'READ_PERSONAL_DATA', entity_type: 'Household', entity_ids: [String(id)] }]);

    for (const caller of [scoped('ORG_ADMIN', TONGCHUAN_CENTER), ANALYST, scoped('OPERATOR', unit.institute, 'other')]) {
      const masked = await h.gqlAs(caller, READ, { id: String(id) });
      expect(masked.data!.household).toMatchObject({ headName: '龚**', phone: '139****4567' });
    }
    await expect(h.sql(`SELECT count(*)::int AS n FROM audit.entry WHERE actor = 'analyst-1'`)).resolves.toEqual([{ n: 0 }]);
  });

  it('refuses readers without a staff role: UNAUTHENTICATED without a token, FORBIDDEN for a volunteer', async () => {
    const list = `{ households(first: 1) { totalCount } }`;
    expect((await h.gqlAs(ANONYMOUS, list)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.gqlAs(VOLUNTEER, list)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a write outside the caller’s subtree, by a volunteer or without a token, leaving no rows', async () => {
    const before = await rowCounts(h);
    const cases = [
      { caller: scoped('OPERATOR', unit.institute), input: household(tongchuanId), code: 'FORBIDDEN' },
      { caller: scoped('PROPAGANDA', unit.institute), input: household(unit.stationId), code: 'FORBIDDEN' },
      { caller: VOLUNTEER, input: household(unit.stationId), code: 'FORBIDDEN' },
      { caller: ANONYMOUS, input: household(unit.stationId), code: 'UNAUTHENTICATED' },
      { caller: ADMIN, input: { ...household(unit.stationId), phone: '12345' }, code: 'BAD_USER_INPUT' },
      { caller: ADMIN, input: { ...household(unit.stationId), registeredOn: '2999-01-01' }, code: 'BAD_USER_INPUT' },
      { caller: ADMIN, input: household('999999'), code: 'NOT_FOUND' },
    ];
    for (const { caller, input, code } of cases) {
      const res = await h.gqlAs(caller, REGISTER, { input });
      expect({ code: res.errors?.[0].extensions?.code, data: res.data?.registerHousehold ?? null }).toEqual({ code, data: null });
    }
    expect(await rowCounts(h)).toEqual(before);
  });

  it('updates a household, records masked changes in the audit log, and refuses a stale version with CONFLICT', async () => {
    const [{ id }] = await h.sql<{ id: number }>(`SELECT id FROM community.household WHERE head_name = '龚德明'`);
    const operator = scoped('OPERATOR', unit.institute);
    const res = await h.gqlAs(operator, UPDATE, {
      input: { id: String(id), expectedVersion: 1, phone: '13900001111', categories: ['RESETTLED_MIGRANT'], note: '孩子已随父母外出' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateHousehold).toEqual({
      id: String(id),
      headName: '龚**',
      phone: '139****1111',
      categories: ['RESETTLED_MIGRANT'],
      note: '孩子已随父母外出',
      version: 2,
    });
    const [entry] = await h.sql<{ changes: Record<string, { from: unknown; to: unknown }> }>(
      `SELECT changes FROM audit.entry WHERE action = 'updateHousehold' AND $1 = ANY(entity_ids)`,
      [String(id)],
    );
    expect(entry.changes.phone).toEqual({ from: '139****4567', to: '139****1111' });
    expect(entry.changes.categories).toEqual({ from: ['RESETTLED_MIGRANT', 'LEFT_BEHIND_CHILDREN'], to: ['RESETTLED_MIGRANT'] });
    expect(JSON.stringify(entry.changes)).not.toContain('13900001111');

    const before = await rowCounts(h);
    const stale = await h.gqlAs(operator, UPDATE, { input: { id: String(id), expectedVersion: 1, note: '旧版本' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const outside = await h.gqlAs(scoped('OPERATOR', TONGCHUAN_CENTER), UPDATE, {
      input: { id: String(id), expectedVersion: 2, note: '越权' },
    });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(h)).toEqual(before);
    await expect(h.sql(`SELECT note, version FROM community.household WHERE id = $1`, [id])).resolves.toEqual([
      { note: '孩子已随父母外出', version: 2 },
    ]);
  });

  it('lists households by subtree and category, latest registered first', async () => {
    const res = await h.gqlAs(
      ADMIN,
      `query($root: ID!) { households(filter: { subtreeOf: $root, category: RESETTLED_MIGRANT }, first: 100) {
         totalCount edges { node { id categories registeredOn orgUnit { id } } } } }`,
      { root: unit.instituteId },
    );
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM community.household hh JOIN ${UNIT_TREE} u ON u.id = hh.org_unit_id
       WHERE (u.parent_id = $1 OR u.id = $1) AND 'RESETTLED_MIGRANT' = ANY(hh.categories)`,
      [unit.instituteId],
    );
    const page = res.data!.households;
    expect(page.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
    const nodes = page.edges.map((e: { node: { categories: string[]; registeredOn: string } }) => e.node);
    expect(nodes.every((node: { categories: string[] }) => node.categories.includes('RESETTLED_MIGRANT'))).toBe(true);
    const days = nodes.map((node: { registeredOn: string }) => node.registeredOn);
    expect(days).toEqual([...days].sort().reverse());
  });
});
