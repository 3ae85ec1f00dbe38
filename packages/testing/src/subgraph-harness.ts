import { Pool } from 'pg';
import { type Identity, IDENTITY_HEADER, signIdentity } from '@civic/runtime';
import { type RunningSubgraph, startSubgraph, type SubgraphDefinition } from '@civic/subgraph-kit';
import { postGraphQL, TEST_IDENTITY, type GraphQLResponse } from './graphql-client';
import { testDatabaseUrl } from './test-database';

/** What a test reads from an answer when it does not declare a type: any path, checked by its assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

export interface SubgraphHarness {
  /** The subgraphs, in-process, each served over real HTTP on a free port, by name. */
  subgraphs: Record<string, RunningSubgraph>;
  /**
   * POSTs an operation to the subgraph under test (the last one given), carrying the signed
   * identity the gateway would forward (an administrator unless `identity` says otherwise).
   */
  gql<TData = Loose>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<GraphQLResponse<TData>>;
  /** The same, as `identity` first (reads well where a test goes through several callers). */
  gqlAs<TData = Loose>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** SQL against the harness's database on a connection of its own, so no subgraph's statement counter moves. */
  sql<TRow = Loose>(text: string, params?: unknown[]): Promise<TRow[]>;
  stop(): Promise<void>;
}

export interface SubgraphHarnessOptions {
  /** The test database by default (a copy of the run's seeded template); or e.g. `createScratchDatabase()`. */
  databaseUrl?: string;
  /** Load each subgraph's demo data if the database lacks it (default true; a no-op on a seeded copy). */
  seed?: boolean;
}

/**
 * Starts `definitions` in order (the org subgraph first: its migration publishes `org.unit_tree`,
 * which the others read), migrating each, for a domain package's tests. The last one is the
 * subgraph under test.
 */
export async function startSubgraphHarness(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph has its own loaders type
  definitions: SubgraphDefinition<any>[],
  options: SubgraphHarnessOptions = {},
): Promise<SubgraphHarness> {
  const databaseUrl = options.databaseUrl ?? testDatabaseUrl();
  const started: RunningSubgraph[] = [];
  const stopAll = async () => {
    for (const subgraph of started.reverse()) await subgraph.stop();
  };
  try {
    for (const definition of definitions) {
      const subgraph = await startSubgraph(definition, { databaseUrl, port: 0 });
      started.push(subgraph);
      if (options.seed !== false) await definition.seedDemo?.(subgraph.database.dataSource);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  const subject = started.at(-1)!;
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  return {
    subgraphs: Object.fromEntries(started.map((s) => [s.name, s])),
    gql: (query, variables = {}, identity = TEST_IDENTITY) =>
      postGraphQL(subject.url, query, variables, { [IDENTITY_HEADER]: signIdentity(identity) }),
    gqlAs: (identity, query, variables = {}) => postGraphQL(subject.url, query, variables, { [IDENTITY_HEADER]: signIdentity(identity) }),
    sql: async (text, params = []) => (await pool.query(text, params)).rows,
    stop: async () => {
      await pool.end();
      await stopAll();
    },
  };
}
