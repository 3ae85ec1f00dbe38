import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import { documentHash } from './document-hash';

/**
 * One entry per `.graphql` file: the file's document as graphql's `print` writes it (what
 * Apollo Client and most tools send), keyed by its sha256. Comments and layout do not matter.
 */
export function buildTrustedManifest(folder: string): Record<string, string> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${folder}`);
  const manifest: Record<string, string> = {};
  for (const file of files) {
    let query: string;
    try {
      query = print(parse(readFileSync(join(folder, file), 'utf8')));
    } catch (err) {
      throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    manifest[documentHash(query)] = query;
  }
  return manifest;
}
