import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SDL the built subgraph emits (`dist/cli.js sdl --stdout`, exactly what production serves)
 * and the committed schema.graphql, for a staleness check.
 */
export function emittedAndCommittedSdl(packageDir: string): { emitted: string; committed: string } {
  const emitted = execFileSync(process.execPath, [join(packageDir, 'dist', 'cli.js'), 'sdl', '--stdout'], { encoding: 'utf8' });
  const committed = readFileSync(join(packageDir, 'schema.graphql'), 'utf8');
  return { emitted, committed };
}
