import { readFileSync } from 'node:fs';
import { documentHash } from './document-hash';

/** sha256 hash → query text: the only documents a gateway in trusted-documents mode runs. */
export type TrustedManifest = ReadonlyMap<string, string>;

/** Reads a `{ "<sha256>": "<query>" }` manifest; a hash that does not match its query is refused at start. */
export function loadTrustedManifest(path: string): TrustedManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`trusted documents manifest ${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`trusted documents manifest ${path} must be a JSON object { sha256: query }`);
  const manifest = new Map<string, string>();
  for (const [hash, query] of Object.entries(raw)) {
    if (typeof query !== 'string' || documentHash(query) !== hash) {
      throw new Error(`trusted documents manifest ${path}: entry ${hash} is not the sha256 of its query`);
    }
    manifest.set(hash, query);
  }
  return manifest;
}
