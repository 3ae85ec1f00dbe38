import { IDENTITY_HEADER, signIdentity, startSubgraph, type Identity, type RunningSubgraph } from '@civic/kernel';
import { postGraphQL, testDatabaseUrl, type GraphQLResponse } from '@civic/kernel/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../../src/subgraph';

export interface CampaignsHarness {
  /** The campaigns subgraph under test, served over real HTTP. */
  campaigns: RunningSubgraph;
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** The same, as another caller (the identity the gateway would forward). */
  gqlAs<TData = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Checks against the database, through the org subgraph's connection so the campaigns statement counter is untouched. */
  sql<TRow>(text: string, params?: unknown[]): Promise<TRow[]>;
  stop(): Promise<void>;
}

/**
 * The org subgraph first (its migration publishes `org.unit_tree`, its seed the Huidong units),
 * then the campaigns subgraph with its demo data. Seeds run at most once per test database.
 */
export async function startCampaignsHarness(databaseUrl = testDatabaseUrl()): Promise<CampaignsHarness> {
  const org = await startSubgraph(orgSubgraph, { databaseUrl, port: 0 });
  try {
    await requireSeed(orgSubgraph.seedDemo)(org.database.dataSource);
    const campaigns = await startSubgraph(campaignsSubgraph, { databaseUrl, port: 0 });
    await requireSeed(campaignsSubgraph.seedDemo)(campaigns.database.dataSource);
    return {
      campaigns,
      gql: (query, variables) => postGraphQL(campaigns.url, query, variables),
      gqlAs: (identity, query, variables) => postGraphQL(campaigns.url, query, variables, { [IDENTITY_HEADER]: signIdentity(identity) }),
      sql: (text, params) => org.database.dataSource.query(text, params),
      stop: async () => {
        await campaigns.stop();
        await org.stop();
      },
    };
  } catch (err) {
    await org.stop();
    throw err;
  }
}

function requireSeed<T>(seed: T | undefined): T {
  if (!seed) throw new Error('subgraph has no demo seed');
  return seed;
}
