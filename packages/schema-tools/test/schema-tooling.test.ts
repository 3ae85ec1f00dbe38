import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { Kind, lexicographicSortSchema, parse, print, printSchema, visit } from 'graphql';
import { REPO_ROOT, SUBGRAPHS, SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';
import { apiSchemaOfSupergraph, composeApiSchema, expectedSchemaDocs, staleSchemaDocs, writeSchemaDocs } from '../src';

const run = promisify(execFile);
const CHECK_CLI = join(__dirname, '..', 'dist', 'schema-check-cli.js');

/** Runs `npm run schema:check`'s script; resolves with the exit code and output. */
async function schemaCheck(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CHECK_CLI, ...args], { cwd: REPO_ROOT });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A copy of what schema:check reads (subgraph SDLs, supergraph, contract) in a temporary folder. */
function checkoutCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'civic-schema-'));
  const copy = (path: string) => {
    const target = join(root, relative(REPO_ROOT, path));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(path, target, { recursive: true });
  };
  for (const s of SUBGRAPHS) copy(join(s.packageDir, 'schema.graphql'));
  copy(SUPERGRAPH_PATH);
  copy(join(REPO_ROOT, 'docs', 'contract'));
  return root;
}

/** Rewrites one subgraph SDL in the copy: removes or adds a field of a type. */
function editSubgraph(root: string, subgraph: string, type: string, edit: { remove?: string; add?: string }): void {
  const path = join(root, 'packages', subgraph, 'schema.graphql');
  const edited = visit(parse(readFileSync(path, 'utf8')), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== type) return undefined;
      let fields = (node.fields ?? []).filter((f) => f.name.value !== edit.remove);
      if (edit.add) {
        const added = parse(`type X { ${edit.add} }`).definitions[0];
        if (added.kind === Kind.OBJECT_TYPE_DEFINITION) fields = [...fields, ...(added.fields ?? [])];
      }
      return { ...node, fields };
    },
  });
  writeFileSync(path, print(edited));
}

describe('docs/schema', () => {
  it('is generated from the committed supergraph (run `npm run docs:schema` when this fails)', () => {
    expect(staleSchemaDocs()).toEqual([]);
  });

  it('has one page per subgraph, each with its root fields, types and their descriptions', () => {
    const pages = expectedSchemaDocs();
    expect([...pages.keys()]).toEqual([
      'README.md',
      'org.md',
      'volunteers.md',
      'campaigns.md',
      'training.md',
      'workspace.md',
      'community.md',
      'assessment.md',
    ]);
    const org = pages.get('org.md')!;
    expect(org).toContain('- **`orgUnitByCode`**: [`OrgUnit`](org.md#orgunit) — One org unit by its unique code (按编码查询阵地).');
    expect(org).toContain('  - `code`: `String!` — Unit code, e.g. 513426-ZX (单位编码).');
    expect(org).toMatch(/### OrgUnit\n\nA civilization-practice unit \(文明实践阵地\)/);
    // volunteerStats is served by volunteers: on its page, not on org's.
    expect(org).not.toContain('**`volunteerStats`**');
    expect(pages.get('volunteers.md')).toContain('**`volunteerStats`**');
  });

  it('notices a page that is edited, missing or left over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-schema-docs-'));
    try {
      writeSchemaDocs(dir);
      expect(staleSchemaDocs(dir)).toEqual([]);
      writeFileSync(join(dir, 'org.md'), readFileSync(join(dir, 'org.md'), 'utf8').replace('Unit code', 'Code'));
      rmSync(join(dir, 'training.md'));
      writeFileSync(join(dir, 'gone.md'), '# a subgraph that no longer exists\n');
      expect(staleSchemaDocs(dir)).toEqual(['gone.md', 'org.md', 'training.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run schema:check', () => {
  it('reads the API schema out of the committed supergraph exactly as composition makes it', () => {
    const fromFile = printSchema(lexicographicSortSchema(apiSchemaOfSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'))));
    expect(fromFile).toBe(printSchema(lexicographicSortSchema(composeApiSchema())));
  });

  it('passes on the repository: composition equals the supergraph, no breaking change, contract kept', async () => {
    const { code, output } = await schemaCheck();
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('0 breaking, 0 dangerous') });
    expect(output).toMatch(/contract: contract kept: \d+ contract types, 0 breaking changes/);
  });

  describe('on a copy', () => {
    let root: string;
    beforeEach(() => (root = checkoutCopy()));
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('fails on a removed field and names it; --allow-breaking lets a deliberate break through', async () => {
      editSubgraph(root, 'org', 'OrgUnit', { remove: 'address' });
      const refused = await schemaCheck('--root', root);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('BREAKING FIELD_REMOVED: OrgUnit.address was removed.');
      expect(refused.output).toContain('1 breaking');
      expect(refused.output).toContain('schema check FAILED');

      const allowed = await schemaCheck('--root', root, '--allow-breaking');
      expect({ code: allowed.code, output: allowed.output }).toEqual({
        code: 0,
        output: expect.stringContaining('BREAKING FIELD_REMOVED: OrgUnit.address'),
      });
    });

    it('fails on a break of the public contract even with --allow-breaking', async () => {
      editSubgraph(root, 'org', 'OrgUnit', { remove: 'isPilot' });
      const { code, output } = await schemaCheck('--root', root, '--allow-breaking');
      expect(code).toBe(1);
      expect(output).toContain('contract: FIELD_REMOVED: OrgUnit.isPilot was removed.');
    });

    it('passes an added field, saying the supergraph is yet to be written', async () => {
      editSubgraph(root, 'org', 'OrgUnit', { add: '"""A note for the test (备注)."""\nnote: String' });
      const { code, output } = await schemaCheck('--root', root);
      expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('differs from') });
      expect(output).toContain('0 breaking');
    });

    it('fails when the subgraphs do not compose', async () => {
      editSubgraph(root, 'volunteers', 'Query', { add: 'orgUnits: Int' });
      const { code, output } = await schemaCheck('--root', root);
      expect(code).toBe(1);
      expect(output).toContain('composition failed');
    });
  });
});
