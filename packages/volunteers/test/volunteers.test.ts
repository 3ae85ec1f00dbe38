import { join } from 'node:path';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { type RunningSubgraph } from '@civic/subgraph-kit';
import { emittedAndCommittedSdl, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';

let harness: SubgraphHarness;
let volunteers: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph, volunteersSubgraph]);
  volunteers = harness.subgraphs.volunteers;
}, 120000);
afterAll(() => harness?.stop());

const query = (q: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  postGraphQL<Record<string, any>>(volunteers.url, q, variables, headers);
const as = (identity: Identity) => ({ [IDENTITY_HEADER]: signIdentity(identity) });
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => volunteers.database.dataSource.query(text, params);

async function unitId(code: string): Promise<string> {
  const [row] = await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]);
  return String(row.id);
}

describe('volunteers subgraph over HTTP', () => {
  it('holds Huidong as reported: 90,000+ volunteers, 17 county teams plus township teams, 200,000+ approved hours', async () => {
    const center = await unitId('513426-ZX');
    const res = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { volunteerStats(scope: SUBTREE) { volunteerCount teamCount serviceHours } } } }`,
      { r: [{ __typename: 'OrgUnit', id: center }] },
    );
    const stats = res.data!._entities[0].volunteerStats;
    expect(stats.volunteerCount).toBeGreaterThanOrEqual(90000);
    expect(stats.teamCount).toBeGreaterThanOrEqual(17 + 19);
    expect(stats.serviceHours).toBeGreaterThanOrEqual(200000);
  });

  it('gives SELF and SUBTREE figures for many units in one SQL statement, matching the rows', async () => {
    const ids = (await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE level IN ('INSTITUTE','STATION') ORDER BY id LIMIT 30`)).map(
      (r) => String(r.id),
    );
    const representations = ids.map((id) => ({ __typename: 'OrgUnit', id }));
    const before = volunteers.database.queries.total;
    const res = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id sub: volunteerStats { volunteerCount serviceHours } self: volunteerStats(scope: SELF) { volunteerCount } } } }`,
      { r: representations },
    );
    expect(volunteers.database.queries.since(before)).toBe(1);

    const institute = res.data!._entities.find((e: { id: string }) => e.id === ids[0]);
    const [expected] = await sql<{ self: number; sub: number; hours: string }>(
      `SELECT count(*) FILTER (WHERE v.home_unit_id = $1)::int AS self, count(*)::int AS sub, coalesce(sum(v.total_service_hours), 0) AS hours
       FROM volunteers.volunteer v JOIN org.org_unit u ON u.id = v.home_unit_id
       WHERE u.path LIKE (SELECT path FROM org.org_unit WHERE id = $1) || '%'`,
      [Number(ids[0])],
    );
    expect(institute).toEqual({
      id: ids[0],
      sub: { volunteerCount: expected.sub, serviceHours: Number(expected.hours) },
      self: { volunteerCount: expected.self },
    });
    expect(expected.sub).toBeGreaterThan(expected.self);
  });

  it('shows a volunteer with star level from hours, home unit key, the phone masked for an analyst and whole for an admin', async () => {
    const [top] = await sql<{ id: number; phone: string; total: string; home: number }>(
      `SELECT id, phone, total_service_hours AS total, home_unit_id AS home FROM volunteers.volunteer ORDER BY total_service_hours DESC LIMIT 1`,
    );
    const q = `query($id: ID!) { volunteer(id: $id) { id name phone idNumber starLevel totalServiceHours homeUnit { id } } }`;
    const asAnalyst = await query(q, { id: String(top.id) }, as({ subject: 'a', role: 'ANALYST' }));
    const v = asAnalyst.data!.volunteer;
    expect(v.phone).toBe(`${top.phone.slice(0, 3)}****${top.phone.slice(-4)}`);
    expect(v.idNumber).toMatch(/^5134\*{10}\d{3}[\dX]$/);
    expect(v.totalServiceHours).toBe(Number(top.total));
    expect(v.starLevel).toBe([100, 300, 600, 1000, 1500].filter((t) => Number(top.total) >= t).length);
    expect(v.homeUnit).toEqual({ id: String(top.home) });
    const asAdmin = await query(q, { id: String(top.id) });
    expect(asAdmin.data!.volunteer.phone).toBe(top.phone);
    expect(asAdmin.data!.volunteer.idNumber).toBe(v.idNumber);
  });

  it('lists volunteers of one home unit, paginated', async () => {
    const station = await unitId('513426100001-SJZ');
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer WHERE home_unit_id = $1`, [
      Number(station),
    ]);
    const first = await query(
      `query($u: ID) { volunteers(filter: { homeUnitId: $u }, first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { u: station },
    );
    expect(first.data!.volunteers.totalCount).toBe(n);
    expect(first.data!.volunteers.edges).toHaveLength(10);
    const next = await query(
      `query($u: ID, $a: String) { volunteers(filter: { homeUnitId: $u }, first: 10, after: $a) { edges { node { id } } } }`,
      {
        u: station,
        a: first.data!.volunteers.pageInfo.endCursor,
      },
    );
    const firstIds = first.data!.volunteers.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    const nextIds = next.data!.volunteers.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    expect(Math.min(...nextIds)).toBeGreaterThan(Math.max(...firstIds));
  });

  it('lists the volunteers registered anywhere in a subtree', async () => {
    const [institute] = await sql<{ id: number; n: number }>(
      `SELECT i.id, count(v.id)::int AS n FROM ${UNIT_TREE} i JOIN ${UNIT_TREE} u ON u.path LIKE i.path || '%'
       JOIN volunteers.volunteer v ON v.home_unit_id = u.id WHERE i.level = 'INSTITUTE' GROUP BY i.id ORDER BY i.id LIMIT 1`,
    );
    const res = await query(`query($u: ID) { volunteers(filter: { subtreeOf: $u }, first: 1) { totalCount } }`, {
      u: String(institute.id),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.volunteers.totalCount).toBe(institute.n);
    expect(institute.n).toBeGreaterThan(0);
  });

  it('refuses malformed ids with BAD_USER_INPUT and answers null for unknown ones', async () => {
    const bad = await query(`{ volunteer(id: "1; DROP TABLE x") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await query(`{ volunteer(id: "99999999") { id } }`);
    expect(unknown.data!.volunteer).toBeNull();
  });

  it('announces Federation 2 keys for Volunteer and the OrgUnit it extends', async () => {
    const res = await query(`{ _service { sdl } }`);
    expect(res.data!._service.sdl).toMatch(/type Volunteer\s+@key\(fields: "id"\)/);
    expect(res.data!._service.sdl).toMatch(/type OrgUnit\s+@key\(fields: "id"\)/);
  });

  it('has its emitted SDL committed', () => {
    const { emitted, committed } = emittedAndCommittedSdl(join(__dirname, '..'));
    expect(emitted).toBe(committed);
  });
});
