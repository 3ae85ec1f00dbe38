import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../src/subgraphs';

/** The public API contract (schema and client operations), vendored into docs/contract so a clone is self-contained. */
export const CONTRACT_DIR = join(REPO_ROOT, 'docs', 'contract');
export const OPERATIONS_DIR = join(CONTRACT_DIR, 'operations');

export function contractSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(CONTRACT_DIR, 'schema.graphql'), 'utf8'));
}

/** Every client operation file: [file name, text]. */
export function contractOperations(): [string, string][] {
  return readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => [f, readFileSync(join(OPERATIONS_DIR, f), 'utf8')]);
}
