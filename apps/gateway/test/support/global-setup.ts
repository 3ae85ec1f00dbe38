import { testRunConfiguration } from '@civic/testing';
import { startTestRun, finishTestRun } from '@civic/testing/test-run';
import { SUBGRAPHS } from '../../src/subgraphs';
import { startSubgraphProcess, type OwnTestSubgraph, type SharedSubgraphs } from './subgraph-processes';

const RUNNING_KEY = '__civicSharedSubgraphs';

/**
 * jest globalSetup of the gateway's tests: the run's database with every subgraph's demo data,
 * and the five subgraphs started once over it for all suites (TEST_SHARED_SUBGRAPHS). Each suite
 * puts its own gateway (in-process, cheap) in front of them.
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  await startTestRun({ rootDir: projectConfig.rootDir, seed: SUBGRAPHS.map((s) => `@civic/${s.name}`) });
  const databaseUrl = testRunConfiguration.load().testDatabaseUrl!;
  const starting = await Promise.allSettled(SUBGRAPHS.map((s) => startSubgraphProcess(s.name, databaseUrl)));
  const started = starting.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = starting.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => s.service.stop()));
    throw failed.reason;
  }
  (globalThis as Record<string, unknown>)[RUNNING_KEY] = started;
  const shared = Object.fromEntries(
    started.map((s) => [s.name, { url: s.url, port: s.port, outputFile: s.outputFile }]),
  ) as SharedSubgraphs;
  process.env.TEST_SHARED_SUBGRAPHS = JSON.stringify(shared);
}

export async function globalTeardown(): Promise<void> {
  const started = ((globalThis as Record<string, unknown>)[RUNNING_KEY] ?? []) as OwnTestSubgraph[];
  await Promise.all(started.map((s) => s.service.stop()));
  await finishTestRun();
}
