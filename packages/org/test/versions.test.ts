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

const ADMIN: Identity = { subject: 'versions-test', role: 'ADMIN' };
const run = (q: string, variables?: Record<string, unknown>, identity = ADMIN) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, { [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const unitOf = async (code: string) =>
  (await sql<{ id: number; name: string; version: number }>(`SELECT id, name, version FROM org.org_unit WHERE code = $1`, [code]))[0];

const UPDATE = `mutation($id: ID!, $i: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $i) { id name address version } }`;

describe('editing an org unit on the version read', () => {
  it('shows the version and counts each change', async () => {
    const unit = await unitOf('513426100005-SJZ');
    const read = await run(`query($id: ID!) { orgUnit(id: $id) { version } }`, { id: String(unit.id) });
    expect(read.data!.orgUnit.version).toBe(1);
    const res = await run(UPDATE, { id: String(unit.id), i: { address: '新街1号', expectedVersion: 1 } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrgUnit).toMatchObject({ address: '新街1号', version: 2 });
  });

  it('refuses a stale version with CONFLICT, naming the current one, and changes nothing', async () => {
    const unit = await unitOf('513426100005-SJZ');
    const res = await run(UPDATE, { id: String(unit.id), i: { name: '过期的名称', expectedVersion: 1 } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: unit.version });
    expect(await unitOf('513426100005-SJZ')).toEqual(unit);
  });

  it('still accepts an edit without a version, as clients of the public contract send it', async () => {
    const unit = await unitOf('513426100006-SJZ');
    const res = await run(UPDATE, { id: String(unit.id), i: { address: '老街2号' } });
    expect(res.data!.updateOrgUnit).toMatchObject({ address: '老街2号', version: unit.version + 1 });
  });

  it('lets exactly one of two concurrent edits of the same version win; the other gets CONFLICT and nothing is lost', async () => {
    const unit = await unitOf('513426100007-SJZ');
    const edit = (name: string) => run(UPDATE, { id: String(unit.id), i: { name, expectedVersion: unit.version } });
    const results = await Promise.all([edit('甲站新名'), edit('乙站新名')]);
    const winners = results.filter((res) => !res.errors);
    const losers = results.filter((res) => res.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((res) => res.errors![0].extensions!.code)).toEqual(['CONFLICT']);
    const after = await unitOf('513426100007-SJZ');
    expect(after).toEqual({ id: unit.id, name: winners[0].data!.updateOrgUnit.name, version: unit.version + 1 });
  });

  it('writes what changed into the audit trail', async () => {
    const unit = await unitOf('513426100008-SJZ');
    await run(UPDATE, { id: String(unit.id), i: { name: '审计测试站', expectedVersion: unit.version } });
    const [entry] = await sql<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit.entry WHERE action = 'updateOrgUnit' AND $1 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`,
      [String(unit.id)],
    );
    expect(entry.changes).toEqual({ name: { from: unit.name, to: '审计测试站' } });
  });

  it.each([
    ['move', `mutation($id: ID!, $v: Int) { moveOrgUnit(id: $id, newParentId: "1", expectedVersion: $v) { id } }`],
    ['close', `mutation($id: ID!, $v: Int) { closeOrgUnit(id: $id, closedOn: "2024-01-01", expectedVersion: $v) { id } }`],
  ])('refuses to %s a unit changed since it was read', async (_label, mutation) => {
    const point = await unitOf('513426-SJD-01');
    const res = await run(mutation, { id: String(point.id), v: point.version + 5 });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await unitOf('513426-SJD-01')).toEqual(point);
  });

  it('closes and reopens a unit on the version read, each step counting', async () => {
    const point = await unitOf('513426-SJD-02');
    const closed = await run(
      `mutation($id: ID!, $v: Int) { closeOrgUnit(id: $id, closedOn: "2024-01-01", expectedVersion: $v) { closedOn version } }`,
      { id: String(point.id), v: point.version },
    );
    expect(closed.data!.closeOrgUnit).toEqual({ closedOn: '2024-01-01', version: point.version + 1 });
    const stale = await run(`mutation($id: ID!, $v: Int) { reopenOrgUnit(id: $id, expectedVersion: $v) { version } }`, {
      id: String(point.id),
      v: point.version,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reopened = await run(`mutation($id: ID!, $v: Int) { reopenOrgUnit(id: $id, expectedVersion: $v) { closedOn version } }`, {
      id: String(point.id),
      v: point.version + 1,
    });
    expect(reopened.data!.reopenOrgUnit).toEqual({ closedOn: null, version: point.version + 2 });
  });

  it('refuses a version below 1 as BAD_USER_INPUT', async () => {
    const unit = await unitOf('513426100009-SJZ');
    const res = await run(UPDATE, { id: String(unit.id), i: { address: 'x', expectedVersion: 0 } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.expectedVersion' });
  });
});

describe('editing a venue on the version read', () => {
  const venueOf = async (id: number) =>
    (await sql<{ id: number; name: string; version: number }>(`SELECT id, name, version FROM org.venue WHERE id = $1`, [id]))[0];

  it('updates with the version, refuses a stale update and a stale removal', async () => {
    const venue = await venueOf(3);
    const updated = await run(
      `mutation($v: Int) { updateVenue(id: "3", input: { name: "新书屋", expectedVersion: $v }) { name version } }`,
      {
        v: venue.version,
      },
    );
    expect(updated.data!.updateVenue).toEqual({ name: '新书屋', version: venue.version + 1 });
    const staleUpdate = await run(`mutation($v: Int) { updateVenue(id: "3", input: { name: "旧书屋", expectedVersion: $v }) { name } }`, {
      v: venue.version,
    });
    expect(staleUpdate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staleRemoval = await run(`mutation($v: Int) { removeVenue(id: "3", expectedVersion: $v) { id } }`, { v: venue.version });
    expect(staleRemoval.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await venueOf(3)).toEqual({ id: 3, name: '新书屋', version: venue.version + 1 });
    const removed = await run(`mutation($v: Int) { removeVenue(id: "3", expectedVersion: $v) { name } }`, { v: venue.version + 1 });
    expect(removed.data!.removeVenue).toEqual({ name: '新书屋' });
    expect(await venueOf(3)).toBeUndefined();
  });

  it('answers NOT_FOUND for a venue that does not exist', async () => {
    const res = await run(`mutation { updateVenue(id: "999999", input: { name: "无", expectedVersion: 1 }) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('time as people read it', () => {
  it('gives audit times in China Standard Time', async () => {
    const res = await run(`{ auditLog(first: 1) { edges { node { at } } } }`);
    expect(res.data!.auditLog.edges[0].node.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$/);
  });
});
