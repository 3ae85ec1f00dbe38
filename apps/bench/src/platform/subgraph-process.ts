import 'reflect-metadata';
import { createServer } from 'node:http';
import { loadSubgraphConfiguration, startSubgraph, subgraphSecretProblems, type SubgraphDefinition } from '@civic/subgraph-kit';
import { campaignsSubgraph } from '@civic/campaigns';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '@civic/training';
import { volunteersSubgraph } from '@civic/volunteers';
import { workspaceSubgraph } from '@civic/workspace';
import { communitySubgraph } from '@civic/community';
import { assessmentSubgraph } from '@civic/assessment';

const DEFINITIONS: Record<string, SubgraphDefinition<unknown>> = {
  org: orgSubgraph,
  volunteers: volunteersSubgraph,
  campaigns: campaignsSubgraph,
  training: trainingSubgraph,
  workspace: workspaceSubgraph,
  community: communitySubgraph,
  assessment: assessmentSubgraph,
};

/**
 * One subgraph as the bench runs it: the same `startSubgraph` and production checks as
 * `cli.js serve`, plus a counter endpoint on a second, loopback-only port (BENCH_METRICS_PORT) that
 * reports the SQL statements the subgraph's DataSource has sent (the kernel's QueryCounter). The
 * counter port is never part of the served API: the subgraph's own port serves exactly what
 * production serves.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const definition = DEFINITIONS[name];
  if (!definition) throw new Error(`unknown subgraph "${name}"`);
  const configuration = loadSubgraphConfiguration(definition, process.env, subgraphSecretProblems);
  const { databaseUrl, port } = configuration;
  if (!databaseUrl) throw new Error('DATABASE_URL must be set');
  if (port === undefined) throw new Error('PORT must be set');
  const running = await startSubgraph(definition, { databaseUrl, port, migrate: false, configuration });
  const metrics = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements: running.database.queries.total }));
  });
  await new Promise<void>((resolve) => metrics.listen(Number(process.env.BENCH_METRICS_PORT), '127.0.0.1', resolve));
  console.log(`${name} subgraph ready at ${running.url}`);
  const stop = async () => {
    metrics.close();
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`bench subgraph: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
