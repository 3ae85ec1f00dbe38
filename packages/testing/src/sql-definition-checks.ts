import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryTestDatabase } from './test-database';

const FUNCTION_DEFINITION = /CREATE OR REPLACE FUNCTION ([\w.]+)\([\s\S]*?AS \$\$([\s\S]*?)\$\$/g;

/** Each function a subgraph's `.sql` definition files define, with the body they give it. */
export function functionsInSqlFiles(directory: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.sql'))) {
    for (const [, name, body] of readFileSync(join(directory, file), 'utf8').matchAll(FUNCTION_DEFINITION)) defined.set(name, body);
  }
  return defined;
}

/** The bodies the database holds for these functions (schema-qualified names). */
export async function functionsInDatabase(url: string, names: string[]): Promise<Map<string, string>> {
  const rows = await queryTestDatabase<{ name: string; body: string }>(
    `SELECT n.nspname || '.' || p.proname AS name, p.prosrc AS body FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname || '.' || p.proname = ANY($1::text[])`,
    [names],
    url,
  );
  return new Map(rows.map((row) => [row.name, row.body]));
}
