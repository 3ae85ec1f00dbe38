import type { DataSource } from 'typeorm';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@civic/kernel';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '../../src/subgraph';

export interface TrainingFixture {
  org: RunningSubgraph;
  training: RunningSubgraph;
  /** SQL against the test database, through the training subgraph's own connection. */
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** Starts the org and training subgraphs in-process over `databaseUrl` (migrating both), optionally loading their demo data. */
export async function startTrainingFixture(databaseUrl: string, options: { seed: boolean } = { seed: true }): Promise<TrainingFixture> {
  const org = await startSubgraph(orgSubgraph, { databaseUrl, port: 0 });
  const training = await startSubgraph(trainingSubgraph, { databaseUrl, port: 0 }).catch(async (err: unknown) => {
    await org.stop();
    throw err;
  });
  const fixture: TrainingFixture = {
    org,
    training,
    sql: <T>(query: string, params: unknown[] = []) => training.database.dataSource.query<T[]>(query, params),
    stop: async () => {
      await training.stop();
      await org.stop();
    },
  };
  if (options.seed) {
    await seedDemo(orgSubgraph, org.database.dataSource);
    await seedDemo(trainingSubgraph, training.database.dataSource);
  }
  return fixture;
}

export function seedDemo<T>(definition: SubgraphDefinition<T>, db: DataSource): Promise<boolean> {
  if (!definition.seedDemo) throw new Error(`${definition.name} has no demo data`);
  return definition.seedDemo(db);
}

export async function huidongCenterId(fixture: TrainingFixture): Promise<number> {
  const [center] = await fixture.sql<{ id: number }>(`SELECT id FROM org.unit_tree WHERE code = '513426-ZX'`);
  return center.id;
}
