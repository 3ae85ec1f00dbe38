import { Client } from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { createLogger, type Logger } from '@civic/runtime';
import { QueryCounter } from './query-counter';

export interface SubgraphDatabaseOptions {
  url: string;
  /** The Postgres schema this subgraph owns; its migrations table lives there too. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
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
  dataSource: DataSource;
  queries: QueryCounter;
}

/** Creates (and initialises) the TypeORM DataSource of one subgraph, in its own schema. */
export async function createSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  await ensureSchema(options.url, options.schema);
  const queries = new QueryCounter();
  const logger = options.logger ?? createLogger(options.schema);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: queries,
    extra: poolSettings(options),
    poolErrorHandler: (err: unknown) => logPoolError(logger, err),
  });
  await dataSource.initialize();
  return { dataSource, queries };
}

/**
 * pg Pool settings. Connections that died while idle (database restarted, network cut) raise an
 * error on the pool, which discards them (poolErrorHandler keeps that from crashing the process);
 * TCP keepalive eventually notices peers that vanished without a word; the next query opens a fresh connection,
 * so the service recovers by itself once the database is back.
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
