import { parse } from 'graphql';
import { startSubgraphHarness, testDatabaseUrl, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { workspaceSubgraph } from '../src';

let h: SubgraphHarness;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, workspaceSubgraph], { databaseUrl: testDatabaseUrl() });
});
afterAll(() => h?.stop());

describe('the workspace demo data', () => {
  it("holds the Huidong center's Party-history lecture view, not shared, with the console's panels", async () => {
    const [view] = await h.sql<{ owner: string; definition: string; created_by: string; share_key: string | null }>(
      `SELECT u.code AS owner, v.definition, v.created_by, v.share_key
       FROM workspace.saved_view v JOIN ${UNIT_TREE} u ON u.id = v.owner_unit_id WHERE v.name = '会东县党史学习教育宣讲看板'`,
    );
    expect(view).toMatchObject({ owner: '513426-ZX', created_by: 'seed', share_key: null });
    const definition = JSON.parse(view.definition) as { version: number; panels: { id: string; kind: string; title: string }[] };
    expect(definition.version).toBe(1);
    expect(definition.panels.map((p) => p.title)).toContain('宣讲场次');
  });

  it("holds the analysts' township hours query, belonging to no unit, that parses and asks serviceHoursBreakdown", async () => {
    const [query] = await h.sql<{ query: string; variables: string; owner_unit_id: number | null }>(
      `SELECT query, variables, owner_unit_id FROM workspace.saved_query WHERE name = '各乡镇志愿服务时长'`,
    );
    expect(query.owner_unit_id).toBeNull();
    expect(() => parse(query.query)).not.toThrow();
    expect(query.query).toContain('serviceHoursBreakdown(dimensions: [TOWNSHIP]');
    expect(JSON.parse(query.variables)).toEqual({ code: '513426-ZX', from: '2021-01-01', to: '2021-12-31' });
  });

  it('loads only once', async () => {
    await expect(workspaceSubgraph.seedDemo!(h.subgraphs.workspace.database.dataSource)).resolves.toBe(false);
    await expect(h.sql(`SELECT count(*)::int AS n FROM workspace.saved_view WHERE created_by = 'seed'`)).resolves.toEqual([{ n: 1 }]);
    await expect(h.sql(`SELECT name FROM workspace.seed_runs`)).resolves.toEqual([{ name: 'huidong-2021' }]);
  });
});
