import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { IDENTITY_HEADER, verifyIdentity } from '../auth/internal-identity';
import { requireGatewayIdentityPlugin } from '../auth/require-gateway-identity.plugin';
import { createRequestContext } from '../context/create-request-context';
import type { SubgraphContext } from '../context/request-context';
import { createSubgraphDatabase, type SubgraphDatabase } from '../database/create-data-source';
import { createErrorFormatter } from '../errors/format-error';
import { withDatabaseUnavailableErrors } from './database-unavailable';
import { createHttpHandler, sendJson } from './http-handler';
import { headerValue } from './header-value';
import { closeServer, listen } from './listen';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  database: SubgraphDatabase;
  server: Server;
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  port: number;
  /** Run pending migrations before serving (the default). */
  migrate?: boolean;
  /** Longest a request's SQL statement may run (default 30 s); see SubgraphDatabaseOptions. */
  statementTimeoutMs?: number;
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 30000;

/** Connects to the database, migrates, and serves one subgraph over HTTP with `/graphql` and `/health`. */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph> {
  const database = await createSubgraphDatabase({
    url: options.databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
  });
  const log = (msg: string, err: unknown) => logError(definition.name, msg, err);
  try {
    if (options.migrate !== false) await database.dataSource.runMigrations({ transaction: 'each' });
    const schema = await definition.buildSchema();
    const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
      schema,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      formatError: withDatabaseUnavailableErrors(createErrorFormatter(log), log),
      plugins: [ApolloServerPluginInlineTraceDisabled(), requireGatewayIdentityPlugin()],
    });
    await apollo.start();
    const handler = createHttpHandler({
      apollo,
      context: async (req, requestId) =>
        createRequestContext({
          service: definition.name,
          requestId,
          identity: verifyIdentity(headerValue(req, IDENTITY_HEADER)),
          db: database.dataSource,
          queries: database.queries,
          createLoaders: definition.createLoaders,
        }),
      routes: { 'GET /health': async (_req, res) => sendHealth(res, definition.name, database.dataSource) },
    });
    const { server, port } = await listen(`${definition.name} subgraph`, options.port, (req, res) => void handler(req, res));
    return {
      name: definition.name,
      url: `http://127.0.0.1:${port}/graphql`,
      port,
      database,
      server,
      stop: async () => {
        await closeServer(server);
        await apollo.stop();
        // A database that is down must not turn a clean shutdown into a crash.
        await database.dataSource.destroy().catch((err: unknown) => log('closing the database pool failed', err));
      },
    };
  } catch (err) {
    await database.dataSource.destroy().catch(() => undefined);
    throw err;
  }
}

async function sendHealth(res: Parameters<typeof sendJson>[0], service: string, db: DataSource): Promise<void> {
  try {
    await withTimeout(db.query('SELECT 1'), 2000);
    sendJson(res, 200, { status: 'ok', service });
  } catch {
    sendJson(res, 503, { status: 'unavailable', service, reason: 'database unreachable' });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}

function logError(service: string, msg: string, err: unknown): void {
  const detail = err instanceof Error ? { err: err.message, stack: err.stack } : { err: String(err) };
  console.error(JSON.stringify({ level: 'error', service, msg, ...detail }));
}
