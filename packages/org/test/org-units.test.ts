import { join } from 'node:path';
import type { RunningSubgraph } from '@civic/subgraph-kit';
import { emittedAndCommittedSdl, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

let harness: SubgraphHarness;
let org: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph]);
  org = harness.subgraphs.org;
});
afterAll(() => harness?.stop());

const query = <T = Record<string, any>>(q: string, variables?: Record<string, unknown>) => postGraphQL<T>(org.url, q, variables);

describe('org subgraph over HTTP', () => {
  it('serves the Huidong center with its 1+15 structure, 19 institutes and 15 points', async () => {
    const res = await query(
      `{ orgUnitByCode(code: "513426-ZX") { name level establishedOn parent { id } region { code name level parent { name } } children { level } } }`,
    );
    const center = res.data!.orgUnitByCode;
    expect(center).toMatchObject({
      name: '会东县新时代文明实践中心',
      level: 'CENTER',
      establishedOn: '2020-07-08',
      parent: null,
      region: { code: '513426', name: '会东县', level: 'COUNTY', parent: { name: '凉山彝族自治州' } },
    });
    const byLevel = (level: string) => center.children.filter((c: { level: string }) => c.level === level).length;
    expect([byLevel('SUB_CENTER'), byLevel('INSTITUTE'), byLevel('POINT')]).toEqual([15, 19, 15]);
  });

  it('pages through all 204 stations with keyset cursors, no repeats, no gaps', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await query(
        `query($after: String) { orgUnitByCode(code: "513426-ZX") { descendants(level: STATION, first: 50, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id level } } } } }`,
        { after },
      );
      const page = res.data.orgUnitByCode.descendants;
      expect(page.totalCount).toBe(204);
      page.edges.forEach((e: { node: { id: string; level: string } }) => {
        expect(e.node.level).toBe('STATION');
        seen.add(e.node.id);
      });
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen.size).toBe(204);
  });

  it('finds the two pilot stations by name and lists their ancestors root first', async () => {
    const res = await query(
      `{ orgUnits(filter: { level: STATION, search: "政通路" }) { totalCount edges { node { name isPilot ancestors { level } } } } }`,
    );
    expect(res.data!.orgUnits.totalCount).toBe(1);
    expect(res.data!.orgUnits.edges[0].node).toEqual({
      name: '政通路社区新时代文明实践站',
      isPilot: true,
      ancestors: [{ level: 'CENTER' }, { level: 'INSTITUTE' }],
    });
    const pilots = await query(`{ orgUnits(filter: { search: "小岔河" }) { edges { node { isPilot level } } } }`);
    expect(pilots.data!.orgUnits.edges).toEqual([{ node: { isPilot: true, level: 'STATION' } }]);
  });

  it('filters by parent and by ancestor', async () => {
    const center = await query(`{ orgUnitByCode(code: "513426-ZX") { id } }`);
    const id = center.data!.orgUnitByCode.id;
    const children = await query(`query($id: ID) { orgUnits(filter: { parentId: $id }, first: 0) { totalCount } }`, { id });
    const below = await query(
      `query($id: ID) { orgUnits(filter: { ancestorId: $id }, first: 0) { totalCount pageInfo { hasNextPage } } }`,
      { id },
    );
    expect(children.data!.orgUnits.totalCount).toBe(49);
    expect(below.data!.orgUnits).toEqual({ totalCount: 253, pageInfo: { hasNextPage: true } });
  });

  it('refuses malformed ids, page sizes and cursors with BAD_USER_INPUT', async () => {
    for (const q of [
      `{ orgUnit(id: "abc") { id } }`,
      `{ orgUnits(first: 500) { totalCount } }`,
      `{ orgUnits(first: -1) { totalCount } }`,
      `{ orgUnits(after: "not-a-cursor") { totalCount } }`,
    ]) {
      const res = await query(q);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts/);
    }
    const missing = await query(`{ orgUnit(id: "999999") { id } }`);
    expect(missing.data!.orgUnit).toBeNull();
  });

  it('announces a Federation 2 schema with its keys', async () => {
    const res = await query(`{ _service { sdl } }`);
    const sdl: string = res.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2');
    expect(sdl).toMatch(/type OrgUnit\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Region\s+@key\(fields: "code"\)/);
  });

  it('resolves many OrgUnit representations in one SQL statement', async () => {
    const representations = Array.from({ length: 40 }, (_, i) => ({ __typename: 'OrgUnit', id: String(i + 1) }));
    const before = org.database.queries.total;
    const res = await query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id name } } }`, {
      r: representations,
    });
    expect(org.database.queries.since(before)).toBe(1);
    expect(res.data!._entities).toHaveLength(40);
    expect(res.data!._entities.every((e: { name: string }) => e.name.length > 0)).toBe(true);
  });

  it('has its emitted SDL committed (run `npm run compose` after a schema change)', () => {
    const { emitted, committed } = emittedAndCommittedSdl(join(__dirname, '..'));
    expect(emitted).toBe(committed);
  });
});
