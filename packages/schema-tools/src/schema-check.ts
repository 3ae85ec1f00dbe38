import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { REPO_ROOT, SUBGRAPHS } from '@civic/gateway/subgraphs';
import { apiSchemaOfSupergraph } from './api-schema-of-supergraph';
import { checkoutPaths, composeAt } from './compose-at';
import { schemaChanges } from './schema-changes';

export interface SchemaCheckOptions {
  /** A checkout (the repository by default, or a copy): its subgraph SDLs, supergraph and contract. */
  root?: string;
  /** The supergraph to compare with; the committed one by default (e.g. the main branch's for a pull request). */
  against?: string;
  /** Report breaking changes without failing on them (a deliberate, announced break). */
  allowBreaking?: boolean;
}

export interface SchemaCheckResult {
  ok: boolean;
  lines: string[];
}

/**
 * `npm run schema:check`: composes the committed subgraph SDLs, compares the result with the
 * committed supergraph, lists the breaking and dangerous changes of the new API schema against the
 * old one, and runs the public contract's check on the new API schema. Fails on a composition
 * error, on a broken contract, and on breaking changes unless they are allowed.
 */
export function runSchemaCheck(options: SchemaCheckOptions = {}): SchemaCheckResult {
  const paths = checkoutPaths(options.root ?? REPO_ROOT);
  const baseline = options.against ?? paths.supergraph;
  const lines: string[] = [];
  let composition;
  try {
    composition = composeAt(paths.root);
  } catch (err) {
    return { ok: false, lines: [(err as Error).message] };
  }
  lines.push(`composition: ok (${SUBGRAPHS.length} subgraphs)`);

  const committed = readFileSync(baseline, 'utf8');
  const changes = schemaChanges(apiSchemaOfSupergraph(committed), composition.apiSchema);
  if (composition.supergraphSdl === committed) lines.push(`supergraph: same as ${baseline}`);
  else lines.push(`supergraph: differs from ${baseline} (run \`npm run compose\` to write it)`);
  for (const change of changes.breaking) lines.push(`  BREAKING ${change}`);
  for (const change of changes.dangerous) lines.push(`  dangerous ${change}`);
  lines.push(`changes for clients: ${changes.breaking.length} breaking, ${changes.dangerous.length} dangerous`);
  const breakingOk = changes.breaking.length === 0 || options.allowBreaking === true;
  if (!breakingOk) lines.push('breaking changes fail the check (pass --allow-breaking when the break is deliberate and announced)');

  const contract = runContractCheck(paths.contractCheck, composition.apiSchema);
  lines.push(...contract.lines);
  return { ok: breakingOk && contract.ok, lines };
}

/** docs/contract/check-contract.mjs on the new API schema, written to a temporary SDL file. */
function runContractCheck(script: string, apiSchema: Parameters<typeof printSchema>[0]): SchemaCheckResult {
  const dir = mkdtempSync(join(tmpdir(), 'civic-schema-check-'));
  const file = join(dir, 'api.graphql');
  writeFileSync(file, printSchema(lexicographicSortSchema(apiSchema)));
  try {
    // The script resolves graphql from the working directory's node_modules.
    const out = execFileSync(process.execPath, [script, file], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, lines: prefixed(out) };
  } catch (err) {
    const failed = err as { stdout?: string; stderr?: string; message: string };
    return { ok: false, lines: prefixed(`${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function prefixed(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((line) => `contract: ${line}`);
}
