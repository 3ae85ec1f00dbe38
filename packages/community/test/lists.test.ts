import { UNIT_TREE } from '@civic/org-tree';
import { startSubgraphHarness, testDatabaseUrl, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { communitySubgraph } from '../src';
import { ADMIN, huidongInstituteAndStation } from './support/callers';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

let h: SubgraphHarness;
let unit: Awaited<ReturnType<typeof huidongInstituteAndStation>>;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, communitySubgraph], { databaseUrl: testDatabaseUrl() });
  unit = await huidongInstituteAndStation(h);
}, 120000);
afterAll(() => h?.stop());

/** The rows of the institute's subtree (`alias` has an org_unit_id), as SQL orders them. */
const inSubtree = (alias: string) =>
  `${alias}.org_unit_id IN (SELECT u.id FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} top ON u.path LIKE top.path || '%' WHERE top.id = $1::int)`;

async function expectedIds(sql: string, params: unknown[]): Promise<string[]> {
  return (await h.sql<{ id: string }>(sql, params)).map((row) => row.id);
}

/** A page size that takes several pages to walk `total` rows. */
const sizeFor = (total: number) => Math.min(100, Math.max(2, Math.ceil(total / 6)));

/** Walks every page of a list as an ADMIN, `first: size` at a time, following endCursor: the ids in the order given. */
async function walk(query: string, pick: (data: Record<string, unknown>) => Page, variables: Record<string, unknown>, size: number) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let round = 0; round < 50; round++) {
    const res = await h.gqlAs(ADMIN, query, { ...variables, first: size, after });
    expect(res.errors).toBeUndefined();
    const page = pick(res.data!);
    seen.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return { seen, rounds: round + 1, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }`;

describe('sorting and paging the grid lists (排序与分页)', () => {
  it('walks an institute’s households by household size, largest first, with no repeats or gaps', async () => {
    const expected = await expectedIds(
      `SELECT household.id::text AS id FROM community.household household WHERE ${inSubtree('household')}
       ORDER BY coalesce(household.member_count, 0) DESC, household.id DESC`,
      [unit.instituteId],
    );
    expect(expected.length).toBeGreaterThan(10);
    const { seen, rounds, totalCount } = await walk(
      `query($root: ID!, $first: Int, $after: String) {
         households(filter: { subtreeOf: $root }, orderBy: { field: MEMBER_COUNT, direction: DESC }, first: $first, after: $after) { ${PAGE} }
       }`,
      (data) => data.households as Page,
      { root: unit.instituteId },
      sizeFor(expected.length),
    );
    expect(seen).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(rounds).toBeGreaterThan(2);
  });

  it('walks visits by the resident’s satisfaction, and one household’s visits oldest first', async () => {
    const expected = await expectedIds(
      `SELECT visit.id::text AS id FROM community.visit visit WHERE ${inSubtree('visit')}
       ORDER BY coalesce(visit.satisfaction, 0), visit.id`,
      [unit.instituteId],
    );
    const { seen } = await walk(
      `query($root: ID!, $first: Int, $after: String) {
         visits(filter: { subtreeOf: $root }, orderBy: { field: SATISFACTION }, first: $first, after: $after) { ${PAGE} }
       }`,
      (data) => data.visits as Page,
      { root: unit.instituteId },
      sizeFor(expected.length),
    );
    expect(seen).toEqual(expected);

    const [busiest] = await h.sql<{ id: string }>(
      `SELECT household_id::text AS id FROM community.visit WHERE household_id IS NOT NULL GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 1`,
    );
    const ofHousehold = await expectedIds(
      `SELECT v.id::text AS id FROM community.visit v WHERE v.household_id = $1 ORDER BY v.visited_on, v.id`,
      [busiest.id],
    );
    expect(ofHousehold.length).toBeGreaterThan(1);
    const child = await walk(
      `query($id: ID!, $first: Int, $after: String) {
         household(id: $id) { visits(orderBy: { field: VISITED_ON, direction: ASC }, first: $first, after: $after) { ${PAGE} } }
       }`,
      (data) => (data.household as { visits: Page }).visits,
      { id: busiest.id },
      1,
    );
    expect(child.seen).toEqual(ofHousehold);
  });

  it('walks assistance by kind, and one household’s help by who gave it', async () => {
    const expected = await expectedIds(
      `SELECT assistance.id::text AS id FROM community.assistance assistance WHERE ${inSubtree('assistance')}
       ORDER BY assistance.kind DESC, assistance.id DESC`,
      [unit.instituteId],
    );
    expect(expected.length).toBeGreaterThan(5);
    const { seen } = await walk(
      `query($root: ID!, $first: Int, $after: String) {
         assistances(filter: { subtreeOf: $root }, orderBy: { field: KIND, direction: DESC }, first: $first, after: $after) { ${PAGE} }
       }`,
      (data) => data.assistances as Page,
      { root: unit.instituteId },
      sizeFor(expected.length),
    );
    expect(seen).toEqual(expected);

    const [helped] = await h.sql<{ id: string }>(
      `SELECT household_id::text AS id FROM community.assistance GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 1`,
    );
    const ofHousehold = await expectedIds(
      `SELECT a.id::text AS id FROM community.assistance a WHERE a.household_id = $1 ORDER BY a.given_by, a.id`,
      [helped.id],
    );
    expect(ofHousehold.length).toBeGreaterThan(1);
    const child = await walk(
      `query($id: ID!, $first: Int, $after: String) {
         household(id: $id) { assistances(orderBy: { field: GIVEN_BY }, first: $first, after: $after) { ${PAGE} } }
       }`,
      (data) => (data.household as { assistances: Page }).assistances,
      { id: helped.id },
      1,
    );
    expect(child.seen).toEqual(ofHousehold);
  });

  it('walks dispute cases in the order of the flow (found, mediating, resolved, escalated), and by day closed', async () => {
    const byState = await h.sql<{ id: string; state: string }>(
      `SELECT d.id::text AS id, d.state FROM community.dispute_case d
       ORDER BY array_position(ARRAY['FOUND', 'MEDIATING', 'RESOLVED', 'ESCALATED'], d.state), d.id`,
    );
    const { seen } = await walk(
      `query($first: Int, $after: String) { disputeCases(orderBy: { field: STATE }, first: $first, after: $after) { ${PAGE} } }`,
      (data) => data.disputeCases as Page,
      {},
      sizeFor(byState.length),
    );
    expect(seen).toEqual(byState.map((row) => row.id));
    const states = byState.map((row) => row.state).filter((state, i, all) => state !== all[i - 1]);
    expect(states).toEqual(['FOUND', 'MEDIATING', 'RESOLVED', 'ESCALATED']);

    const byClosing = await expectedIds(
      `SELECT dispute.id::text AS id FROM community.dispute_case dispute WHERE ${inSubtree('dispute')}
       ORDER BY dispute.closed_on DESC NULLS LAST, dispute.id DESC`,
      [unit.instituteId],
    );
    const closing = await walk(
      `query($root: ID!, $first: Int, $after: String) {
         disputeCases(filter: { subtreeOf: $root }, orderBy: { field: CLOSED_ON, direction: DESC }, first: $first, after: $after) { ${PAGE} }
       }`,
      (data) => data.disputeCases as Page,
      { root: unit.instituteId },
      sizeFor(byClosing.length),
    );
    expect(closing.seen).toEqual(byClosing);
  });

  it("keeps today's order, latest first, when orderBy is omitted, and refuses a cursor of another order", async () => {
    const lists = [
      { field: 'households', table: 'household', day: 'registered_on', other: 'MEMBER_COUNT' },
      { field: 'visits', table: 'visit', day: 'visited_on', other: 'SATISFACTION' },
      { field: 'assistances', table: 'assistance', day: 'given_on', other: 'KIND' },
      { field: 'disputeCases', table: 'dispute_case', day: 'found_on', other: 'STATE' },
    ];
    for (const { field, table, day, other } of lists) {
      const res = await h.gqlAs(ADMIN, `{ ${field}(first: 5) { edges { cursor node { id } } } }`);
      const edges = (res.data![field] as Page).edges;
      const expected = await expectedIds(`SELECT t.id::text AS id FROM community.${table} t ORDER BY t.${day} DESC, t.id DESC LIMIT 5`, []);
      expect(edges.map((edge) => edge.node.id)).toEqual(expected);
      const mixed = await h.gqlAs(
        ADMIN,
        `query($after: String) { ${field}(first: 5, after: $after, orderBy: { field: ${other} }) { totalCount } }`,
        {
          after: edges[4].cursor,
        },
      );
      expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
