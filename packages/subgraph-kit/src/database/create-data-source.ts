import { Client } from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { createLogger, type Logger } from '@civic/runtime';
import { QueryCounter } from './query-counter';
import { replicaReadingDataSource } from './read-routing';

export interface SubgraphDatabaseOptions {
  url: string;
  /** The Postgres schema this subgraph owns; its migrations table lives there too. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Streaming replicas of `url` that requests of queries alone read from (DATABASE_REPLICA_URLS); none by default. */
  replicaUrls?: string[];
  /**
   * The server cancels a statement after this long, and the client gives up a few seconds later
   * on a connection that has gone silent. startSubgraph sets one; the migrate and seed commands don't.
   */
  statementTimeoutMs?: number;
  /** Where pool warnings go (default: a JSON logger named after the schema). */
  logger?: Logger;
}

/** How long to wait for a new connection: a database that is down fails requests fast instead of hanging them. */
const CONNECT_TIMEOUT_MS = 5000;
/** Margin between the server's statement_timeout and the client's own read timeout. */
const CLIENT_TIMEOUT_MARGIN_MS = 5000;

export interface SubgraphDatabase {
  /** The primary: migrations, health, audit rows, and every request when there are no replicas. */
  dataSource: DataSource;
  /** What requests of queries alone use: the primary, or with replicas the primary reading from them (replicaReadingDataSource). */
  reading: DataSource;
  queries: QueryCounter;
  /** Closes every pool. */
  destroy(): Promise<void>;
}

/** Creates (and initialises) the TypeORM DataSource of one subgraph, in its own schema. */
export async function createSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  await ensureSchema(options.url, options.schema);
  const queries = new QueryCounter();
  const logger = options.logger ?? createLogger(options.schema);
  const common = {
    type: 'postgres' as const,
    schema: options.schema,
    entities: options.entities,
    logging: ['query' as const],
    logger: queries,
    extra: poolSettings(options),
    poolErrorHandler: (err: unknown) => logPoolError(logger, err),
  };
  const dataSource = new DataSource({
    ...common,
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
  });
  await dataSource.initialize();
  const replicaUrls = options.replicaUrls ?? [];
  if (replicaUrls.length === 0) return { dataSource, reading: dataSource, queries, destroy: () => dataSource.destroy() };
  const replicas = new DataSource({
    ...common,
    replication: { master: { url: options.url }, slaves: replicaUrls.map((url) => ({ url })), defaultMode: 'slave' },
  });
  try {
    await replicas.initialize();
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return {
    dataSource,
    reading: replicaReadingDataSource(dataSource, replicas),
    queries,
    destroy: async () => {
      await Promise.all([dataSource.destroy(), replicas.destroy()]);
    },
  };
}

/**
 * pg Pool settings. Connections that died while idle (database restarted, network cut) raise an
 * error on the pool, which discards them (poolErrorHandler keeps that from crashing the process);
 * TCP keepalive eventually notices peers that vanished without a word; the next query opens a fresh connection,
 * so the service recovers by itself once the database is back.
 *
 * JIT compilation is off: PostgreSQL compiles a statement when its estimated cost is high, and
 * estimates over subtree joins run to billions where a few thousand rows are read. Measured on the
 * province profile (PostgreSQL 15), a county's assessment ranking spent 357 ms of 443 compiling and
 * 86 executing; no statement of an API request runs long enough to earn compilation back.
 */
function poolSettings(options: SubgraphDatabaseOptions): Record<string, unknown> {
  const timeouts =
    options.statementTimeoutMs === undefined
      ? {}
      : { statement_timeout: options.statementTimeoutMs, query_timeout: options.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS };
  return {
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10000,
    application_name: `civic-${options.schema}`,
    options: '-c jit=off',
    ...timeouts,
  };
}

function logPoolError(logger: Logger, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  logger.warn({ err: message }, 'database connection lost; it will be replaced');
}

/** The migrations table lives in the subgraph's schema, so the schema must exist before TypeORM looks. */
async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
  } catch (err) {
    // Two processes racing to create the same schema: the loser sees a unique violation.
    if ((err as { code?: string }).code !== '23505') throw err;
  } finally {
    await client.end();
  }
}
