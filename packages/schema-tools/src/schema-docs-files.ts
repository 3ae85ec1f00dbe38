import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@civic/gateway/subgraphs';
import { SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';
import { generateSchemaDocs } from './schema-docs';

export const SCHEMA_DOCS_DIR = join(REPO_ROOT, 'docs', 'schema');

/** The pages as they should be, from the committed supergraph. */
export function expectedSchemaDocs(supergraphPath = SUPERGRAPH_PATH): Map<string, string> {
  return generateSchemaDocs(readFileSync(supergraphPath, 'utf8'));
}

/** Files in `dir` that are missing, different or left over; empty when the docs are current. */
export function staleSchemaDocs(dir = SCHEMA_DOCS_DIR, expected = expectedSchemaDocs()): string[] {
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  const stale = [...expected]
    .filter(([file, text]) => !present.includes(file) || readFileSync(join(dir, file), 'utf8') !== text)
    .map(([file]) => file);
  return [...stale, ...present.filter((f) => !expected.has(f))].sort();
}

/** Writes the pages and removes pages of subgraphs that no longer exist. */
export function writeSchemaDocs(dir = SCHEMA_DOCS_DIR, expected = expectedSchemaDocs()): string[] {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.md') && !expected.has(file)) rmSync(join(dir, file));
  for (const [file, text] of expected) writeFileSync(join(dir, file), text);
  return [...expected.keys()];
}
