import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startChildService, type ChildService } from '@civic/testing';
import { SUBGRAPHS, type SubgraphInfo } from '../../src/subgraphs';

export type SubgraphName = SubgraphInfo['name'];

/** A subgraph of the test platform: its own OS process (built dist, as in production). */
export interface TestSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
}

/** One the suite started itself, which it may stop and start again. */
export interface OwnTestSubgraph extends TestSubgraph {
  service: ChildService;
}

/** What the global setup tells the suites about the subgraphs it started (JSON in TEST_SHARED_SUBGRAPHS). */
export type SharedSubgraphs = Record<SubgraphName, { url: string; port: number; outputFile: string }>;

/** Starts `name`'s `dist/cli.js serve` over `databaseUrl` on `port` (a free one by default), its output in a file. */
export async function startSubgraphProcess(
  name: SubgraphName,
  databaseUrl: string,
  port?: number,
  env: Record<string, string> = {},
): Promise<OwnTestSubgraph & { outputFile: string }> {
  const subgraph = SUBGRAPHS.find((s) => s.name === name)!;
  const listenPort = port ?? (await freePort());
  const outputFile = join(mkdtempSync(join(tmpdir(), `civic-${name}-`)), 'output.log');
  const service = await startChildService(process.execPath, [join(subgraph.packageDir, 'dist', 'cli.js'), 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(listenPort), ...env },
    healthUrl: `http://127.0.0.1:${listenPort}/health`,
    outputFile,
  });
  return { name, url: `http://127.0.0.1:${listenPort}/graphql`, port: listenPort, output: service.output, service, outputFile };
}

/** The subgraphs the global setup started for every suite of this run. */
export function sharedSubgraphs(): Record<SubgraphName, TestSubgraph> {
  const json = process.env.TEST_SHARED_SUBGRAPHS;
  if (!json) throw new Error('TEST_SHARED_SUBGRAPHS is not set: run the gateway tests through jest (test/support/global-setup.ts)');
  const shared = JSON.parse(json) as SharedSubgraphs;
  return Object.fromEntries(
    Object.entries(shared).map(([name, s]) => [name, { name, url: s.url, port: s.port, output: () => readFileSync(s.outputFile, 'utf8') }]),
  ) as Record<SubgraphName, TestSubgraph>;
}
