import {
  pathWithin,
  UNIT_LEVELS,
  UNIT_TREE,
  UNIT_TREE_COLUMNS,
  UNIT_TREE_PUBLICATION,
  UNIT_TREE_PUBLISHED_COLUMNS,
  unitTreeReplicaStatements,
} from '@civic/org-tree';
import { createScratchDatabase, queryTestDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

/**
 * The migrated view against its declaration in @civic/org-tree: what the other subgraphs and the
 * kit's access control rely on. A change to either side alone fails here.
 */
let harness: SubgraphHarness;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph], { databaseUrl: await createScratchDatabase() });
}, 60000);
afterAll(() => harness?.stop());

const [schema, view] = UNIT_TREE.split('.');
const declared = Object.entries(UNIT_TREE_COLUMNS);

interface TreeUnit {
  id: number;
  path: string;
  depth: number;
}

describe(`the published ${UNIT_TREE}`, () => {
  it('is a plain view, so a change to the units shows at once', async () => {
    const [relation] = await harness.sql<{ kind: string }>(`SELECT relkind::text AS kind FROM pg_class WHERE oid = to_regclass($1)`, [
      UNIT_TREE,
    ]);
    expect(relation).toEqual({ kind: 'v' });
  });

  it('has the declared columns, in order, of the declared types', async () => {
    const columns = await harness.sql<{ name: string; type: string }>(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
      [schema, view],
    );
    expect(columns).toEqual(declared.map(([name, column]) => ({ name, type: column.type })));
  });

  // A view's own columns are all nullable to the catalogue: nullability and uniqueness are those of
  // the table column each view column passes through under the same name.
  it('has the declared nullability and uniqueness, from the table column each passes through', async () => {
    const sources = await harness.sql<{ name: string; nullable: boolean; source: string; unique: boolean }>(
      `SELECT c.column_name AS name, c.is_nullable = 'YES' AS nullable, format('%I.%I', u.table_schema, u.table_name) AS source,
              EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                      WHERE i.indrelid = format('%I.%I', u.table_schema, u.table_name)::regclass
                        AND i.indisunique AND i.indnkeyatts = 1 AND i.indpred IS NULL AND a.attname = c.column_name) AS "unique"
       FROM information_schema.view_column_usage u
       JOIN information_schema.columns c ON c.table_schema = u.table_schema AND c.table_name = u.table_name AND c.column_name = u.column_name
       WHERE u.view_schema = $1 AND u.view_name = $2`,
      [schema, view],
    );
    expect(new Set(sources.map((s) => s.source)).size).toBe(1);
    const byName = new Map(sources.map((s) => [s.name, { nullable: s.nullable, unique: s.unique }]));
    expect(declared.map(([name]) => [name, byName.get(name)])).toEqual(
      declared.map(([name, column]) => [name, { nullable: column.nullable, unique: 'unique' in column && column.unique }]),
    );
  });

  it("gives a top unit the path '/id/' and depth 0, and a child its parent's path plus its id and the parent's depth + 1", async () => {
    const [counts] = await harness.sql<{ tops: number; children: number; broken: number }>(
      `SELECT count(*) FILTER (WHERE u.parent_id IS NULL)::int AS tops,
              count(*) FILTER (WHERE u.parent_id IS NOT NULL)::int AS children,
              count(*) FILTER (WHERE u.path !~ '^/([0-9]+/)+$'
                OR (u.parent_id IS NULL AND (u.path <> '/' || u.id || '/' OR u.depth <> 0))
                OR (u.parent_id IS NOT NULL AND (p.id IS NULL OR u.path <> p.path || u.id || '/' OR u.depth <> p.depth + 1)))::int AS broken
       FROM ${UNIT_TREE} u LEFT JOIN ${UNIT_TREE} p ON p.id = u.parent_id`,
    );
    expect(counts.tops).toBeGreaterThan(0);
    expect(counts.children).toBeGreaterThan(counts.tops);
    expect(counts.broken).toBe(0);
  });

  it('holds only the declared levels', async () => {
    const levels = await harness.sql<{ level: string }>(`SELECT DISTINCT level FROM ${UNIT_TREE} ORDER BY level`);
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.map((l) => l.level).filter((level) => !(UNIT_LEVELS as readonly string[]).includes(level))).toEqual([]);
  });

  it('serves a subtree range from the path index', async () => {
    const [top] = await harness.sql<{ path: string }>(`SELECT path FROM ${UNIT_TREE} WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const plan = await harness.subgraphs.org.database.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      const [row]: { 'QUERY PLAN': unknown }[] = await manager.query(
        `EXPLAIN (FORMAT JSON) SELECT u.id FROM ${UNIT_TREE} u WHERE ${pathWithin('u.path', '$1')}`,
        [top.path],
      );
      return JSON.stringify(row['QUERY PLAN']);
    });
    expect(plan).toMatch(/"Index Cond":"[^"]*path ~>=~/);
    expect(plan).not.toMatch(/"Filter":"[^"]*path ~>=~/);
  });

  it("moves a unit's whole subtree with it: every path and depth below follows at once", async () => {
    const [institute] = await harness.sql<TreeUnit>(
      `SELECT i.id, i.path, i.depth FROM ${UNIT_TREE} i WHERE i.level = 'INSTITUTE'
       ORDER BY (SELECT count(*) FROM ${UNIT_TREE} s WHERE s.parent_id = i.id) DESC, i.id LIMIT 1`,
    );
    const [target] = await harness.sql<TreeUnit>(
      `SELECT t.id, t.path, t.depth FROM ${UNIT_TREE} t, ${UNIT_TREE} i
       WHERE i.id = $1 AND t.level = 'CENTER' AND t.id <> i.parent_id AND t.depth <> i.depth - 1 ORDER BY t.id LIMIT 1`,
      [institute.id],
    );
    const subtreeOf = (path: string) =>
      harness.sql<TreeUnit>(`SELECT id, path, depth FROM ${UNIT_TREE} u WHERE ${pathWithin('u.path', '$1')} ORDER BY id`, [path]);
    const before = await subtreeOf(institute.path);
    expect(before.length).toBeGreaterThan(2);

    const moved = await harness.gql(`mutation($id: ID!, $p: ID!) { moveOrgUnit(id: $id, newParentId: $p) { id } }`, {
      id: String(institute.id),
      p: String(target.id),
    });
    expect(moved.errors).toBeUndefined();

    const newPath = `${target.path}${institute.id}/`;
    const shift = target.depth + 1 - institute.depth;
    expect(await subtreeOf(newPath)).toEqual(
      before.map((u) => ({ id: u.id, path: newPath + u.path.slice(institute.path.length), depth: u.depth + shift })),
    );
    expect(await subtreeOf(institute.path)).toEqual([]);
  });
});

describe(`the ${UNIT_TREE} of a subgraph on a database of its own`, () => {
  it(`is published (${UNIT_TREE_PUBLICATION}) with exactly the declared columns`, async () => {
    const published = await harness.sql<{ table: string; columns: string[] }>(
      `SELECT format('%I.%I', schemaname, tablename) AS table, attnames::text[] AS columns FROM pg_publication_tables WHERE pubname = $1`,
      [UNIT_TREE_PUBLICATION],
    );
    // The catalogue lists them in the table's column order.
    expect(published.map((p) => ({ ...p, columns: [...p.columns].sort() }))).toEqual([
      { table: 'org.org_unit', columns: [...UNIT_TREE_PUBLISHED_COLUMNS].sort() },
    ]);
  });

  it('is received into a copy that shows the declared view, however often it is prepared', async () => {
    const url = await createScratchDatabase({ empty: true });
    for (let run = 0; run < 2; run += 1) {
      for (const statement of unitTreeReplicaStatements()) await queryTestDatabase(statement, [], url);
    }
    const columns = await queryTestDatabase<{ name: string; type: string; nullable: boolean }>(
      `SELECT c.column_name AS name, c.data_type AS type, t.is_nullable = 'YES' AS nullable
       FROM information_schema.columns c JOIN information_schema.columns t ON t.table_schema = 'org' AND t.table_name = 'org_unit' AND t.column_name = c.column_name
       WHERE c.table_schema = $1 AND c.table_name = $2 ORDER BY c.ordinal_position`,
      [schema, view],
      url,
    );
    expect(columns).toEqual(declared.map(([name, column]) => ({ name, type: column.type, nullable: column.nullable })));
  });
});
