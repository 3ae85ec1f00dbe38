import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SUBGRAPHS } from '@civic/gateway';

const run = promisify(execFile);

/** Each subgraph's own CLI applies its migrations (the order `npm start` uses). */
export async function migrateAll(databaseUrl: string, note: (line: string) => void): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const { stdout } = await run(process.execPath, [join(subgraph.packageDir, 'dist', 'cli.js'), 'migrate'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    note(stdout.trim());
  }
}
