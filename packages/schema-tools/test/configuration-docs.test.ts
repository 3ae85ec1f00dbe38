import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@civic/gateway/subgraphs';
import { documentedSettings, readersMissing, staleConfigurationDocs, TABLE_END, TABLE_START, writeConfigurationDocs } from '../src';

/** A copy of README.md and turbo.json in a temporary folder. */
function copyOfDocs(): string {
  const root = mkdtempSync(join(tmpdir(), 'civic-config-docs-'));
  for (const file of ['README.md', 'turbo.json']) copyFileSync(join(REPO_ROOT, file), join(root, file));
  return root;
}

describe('the configuration reference', () => {
  it('is generated from the settings definitions: the README table and turbo.json (run `npm run config:docs` when this fails)', () => {
    expect(staleConfigurationDocs()).toEqual([]);
  });

  it('names, for each setting, every kind of process that reads it', () => {
    expect(readersMissing()).toEqual([]);
  });

  it('passes every setting through turbo, and the variables only tools read (CI, TMPDIR)', () => {
    const turbo = JSON.parse(readFileSync(join(REPO_ROOT, 'turbo.json'), 'utf8')) as { globalPassThroughEnv: string[] };
    expect(turbo.globalPassThroughEnv).toEqual(documentedSettings().map((s) => s.name));
    expect(turbo.globalPassThroughEnv).toEqual(
      expect.arrayContaining(['CI', 'TMPDIR', 'NODE_ENV', 'FUZZ_SEED', 'FUZZ_CASES', 'VOLUNTEER_STAR_THRESHOLDS']),
    );
  });

  it('shows a row per setting with who reads it, its default and meaning', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END));
    expect(table).toContain(
      '| `VOLUNTEER_STAR_THRESHOLDS` | S (volunteers) | `100,300,600,1000,1500` | approved hours for one to five stars',
    );
    expect(table).toContain('| `GATEWAY_SUBGRAPH_MAX_RESPONSE_BYTES` | G | `33554432` (32 MiB) |');
    expect(table).toContain('| `ORG_URL` | G | `http://localhost:4001/graphql` |');
    expect(table).toContain('| `TOKEN` | `docs/contract/check-contract.mjs` | unset |');
  });

  it('notices an edited table or pass-through list, and rewrites only those', () => {
    const root = copyOfDocs();
    try {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      writeFileSync(join(root, 'README.md'), readme.replace('| `GATEWAY_MAX_DEPTH` | G | `15` |', '| `GATEWAY_MAX_DEPTH` | G | `16` |'));
      const turbo = readFileSync(join(root, 'turbo.json'), 'utf8');
      writeFileSync(join(root, 'turbo.json'), turbo.replace('    "REDIS_URL",\n', ''));
      expect(staleConfigurationDocs(root)).toEqual(['README.md', 'turbo.json']);
      expect(writeConfigurationDocs(root)).toEqual(['README.md', 'turbo.json']);
      expect(staleConfigurationDocs(root)).toEqual([]);
      expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(readme);
      expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(turbo);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a README without the markers around the table', () => {
    const root = copyOfDocs();
    try {
      writeFileSync(join(root, 'README.md'), readFileSync(join(root, 'README.md'), 'utf8').replace(TABLE_END, ''));
      expect(() => staleConfigurationDocs(root)).toThrow('the configuration table must stand between');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
