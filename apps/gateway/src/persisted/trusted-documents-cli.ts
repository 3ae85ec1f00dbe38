import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../subgraphs';
import { buildTrustedManifest } from './build-trusted-manifest';

const USAGE = 'usage: npm run trusted-documents -w @civic/gateway -- [operations folder] [--out manifest.json]';

/** Builds a trusted-documents manifest (GATEWAY_TRUSTED_DOCUMENTS) from a folder of operations. */
function main(args: string[]): void {
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  if (outIndex >= 0 && !out) throw new Error(USAGE);
  const positional = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
  if (positional.length > 1 || positional.some((a) => a.startsWith('-'))) throw new Error(USAGE);
  const folder = resolve(positional[0] ?? join(REPO_ROOT, 'docs', 'contract', 'operations'));
  const manifest = buildTrustedManifest(folder);
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    console.error(`${Object.keys(manifest).length} trusted documents from ${folder} written to ${out}`);
  } else {
    process.stdout.write(json);
  }
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
