import { IDENTITY_HEADER, signIdentity, startSubgraph, type Identity, type RunningSubgraph } from '@civic/kernel';
import { createScratchDatabase, postGraphQL, type GraphQLResponse } from '@civic/kernel/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../../src';

export const ADMIN: Identity = { subject: 'test-admin', role: 'ADMIN' };

export interface VolunteersHarness {
  volunteers: RunningSubgraph;
  run(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<GraphQLResponse<Record<string, any>>>;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The org and volunteers subgraphs in-process on a database of their own, with the demo data. */
export async function startVolunteersHarness(): Promise<VolunteersHarness> {
  const databaseUrl = await createScratchDatabase();
  const org = await startSubgraph(orgSubgraph, { databaseUrl, port: 0 });
  await orgSubgraph.seedDemo!(org.database.dataSource);
  const volunteers = await startSubgraph(volunteersSubgraph, { databaseUrl, port: 0 });
  await volunteersSubgraph.seedDemo!(volunteers.database.dataSource);
  return {
    volunteers,
    run: (query, variables = {}, identity = ADMIN) => postGraphQL(volunteers.url, query, variables, { [IDENTITY_HEADER]: signIdentity(identity) }),
    sql: (text, params = []) => volunteers.database.dataSource.query(text, params),
    stop: async () => {
      await volunteers.stop();
      await org.stop();
    },
  };
}
