import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import {
  closeServer,
  createErrorFormatter,
  createHttpHandler,
  createLogger,
  IDENTITY_HEADER,
  IdentityVerifier,
  listen,
  type Logger,
  MaskedErrorLog,
  metricsRoute,
  operationObserverPlugin,
  ServiceMetrics,
} from '@civic/runtime';
import { requireGatewayIdentityPlugin } from '../auth/require-gateway-identity.plugin';
import { applySubgraphConfiguration, loadSubgraphConfiguration } from '../config/load-subgraph-configuration';
import type { SubgraphConfig } from '../config/subgraph-configuration';
import { createRequestContext } from '../context/create-request-context';
import type { SubgraphContext } from '../context/request-context';
import { createSubgraphDatabase, type SubgraphDatabase } from '../database/create-data-source';
import { migrateSubgraphDatabase } from '../database/migrate-subgraph-database';
import { dailyPartitionUpkeep } from '../database/year-partitions/daily-partition-upkeep';
import { holdsQueriesOnly } from '../database/read-routing';
import { registerDatabaseMetrics } from '../observability/database-metrics';
import { withDatabaseUnavailableErrors } from './database-unavailable';
import { headerValue } from './header-value';
import { subgraphHealthRoutes } from './health-routes';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  database: SubgraphDatabase;
  server: Server;
  logger: Logger;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  port: number;
  /** Run pending migrations, then apply the SQL definitions, before serving (the default). */
  migrate?: boolean;
  /** Longest a request's SQL statement may run (default 30 s); see SubgraphDatabaseOptions. */
  statementTimeoutMs?: number;
  /** Where its log lines go (default: a JSON logger on stdout at LOG_LEVEL). */
  logger?: Logger;
  /** Streaming replicas to answer queries from; DATABASE_REPLICA_URLS when not given. */
  replicaUrls?: string[];
  /** Its settings as the process read them at start; read from the environment now when not given. */
  configuration?: SubgraphConfig;
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 30000;

/**
 * Connects to the database, migrates (migrations, then SQL definitions), and serves one subgraph
 * over HTTP: `/graphql`, `/health` (`/health/live`, `/health/ready`) and `/metrics`. Every log line
 * written while serving a request carries its `x-request-id` (the gateway's), which is also sent back.
 */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph> {
  const config = options.configuration ?? loadSubgraphConfiguration(definition);
  applySubgraphConfiguration(definition, config);
  const logger = options.logger ?? createLogger(definition.name, { level: config.logLevel, production: config.production });
  const database = await createSubgraphDatabase({
    url: options.databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    replicaUrls: options.replicaUrls ?? config.databaseReplicaUrls,
    logger,
  });
  const log = (msg: string, err: unknown) => logger.error({ err }, msg);
  const masked = new MaskedErrorLog();
  const metrics = new ServiceMetrics(definition.name);
  registerDatabaseMetrics(metrics, database.dataSource, database.queries);
  try {
    if (options.migrate !== false) {
      await migrateSubgraphDatabase(database.dataSource, definition, {
        orgTreeSourceUrl: config.orgTreeSourceUrl,
        yearsPerPartition: config.yearsPerPartition,
        log: (line) => logger.info(line),
      });
    }
    const partitionUpkeep = dailyPartitionUpkeep(definition, database.dataSource, config.yearsPerPartition, logger);
    const schema = await definition.buildSchema();
    const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
      schema,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      formatError: withDatabaseUnavailableErrors(createErrorFormatter(masked), masked),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        // No cache hints are set or read anywhere; the plugin would still wrap every field resolver.
        ApolloServerPluginCacheControlDisabled(),
        requireGatewayIdentityPlugin(),
        operationObserverPlugin(metrics, logger),
        masked.plugin(logger),
      ],
    });
    await apollo.start();
    const identities = new IdentityVerifier(config.internalAuthSecret);
    const handler = createHttpHandler({
      apollo,
      context: async (req, requestId, body) =>
        createRequestContext({
          service: definition.name,
          requestId,
          logger,
          identity: identities.verify(headerValue(req, IDENTITY_HEADER)),
          db: database.reading !== database.dataSource && holdsQueriesOnly(body) ? database.reading : database.dataSource,
          auditDb: database.dataSource,
          queries: database.queries,
          createLoaders: definition.createLoaders,
        }),
      routes: { ...subgraphHealthRoutes(definition.name, database.dataSource, database.reading), 'GET /metrics': metricsRoute(metrics) },
      logger,
    });
    const { server, port } = await listen(`${definition.name} subgraph`, { host: config.host, port: options.port }, (req, res) => {
      metrics.observeHttp(req, res);
      void handler(req, res);
    });
    return {
      name: definition.name,
      url: `http://127.0.0.1:${port}/graphql`,
      port,
      database,
      server,
      logger,
      metrics,
      stop: async () => {
        clearInterval(partitionUpkeep);
        await closeServer(server, config.shutdownDrainMs);
        await apollo.stop();
        // A database that is down must not turn a clean shutdown into a crash.
        await database.destroy().catch((err: unknown) => log('closing the database pool failed', err));
      },
    };
  } catch (err) {
    await database.destroy().catch(() => undefined);
    throw err;
  }
}
