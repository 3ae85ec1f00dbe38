import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  closeServer,
  createHttpHandler,
  IdentitySigner,
  listen,
  MaskedErrorLog,
  metricsRoute,
  operationObserverPlugin,
  ServiceMetrics,
} from '@civic/runtime';
import { IdentityForwardingDataSource, type GatewayContext } from './auth/identity-forwarding';
import { loadVerificationKey } from './auth/jwt-keys';
import { SUPERGRAPH_PATH } from './subgraphs';
import { loadGatewayConfiguration, type GatewayConfig } from './config/gateway-configuration';
import { resolveGatewaySettings, type GatewaySettings, type GatewaySettingsOverrides } from './config/gateway-settings';
import { createGatewayErrorFormatter } from './errors/gateway-error-formatter';
import { operationResolutionPlugin } from './errors/operation-resolution.plugin';
import { createGatewayContext } from './http/gateway-context';
import { createRateLimiter } from './http/rate-limit/create-rate-limiter';
import { introspectionPlugin } from './introspection/introspection.plugin';
import { documentLimitsPlugin } from './limits/document-limits.plugin';
import { cookbookRoutes, redirectBrowsersToWorkbench } from './explorer';
import { consoleRoutes } from './console/console-routes';
import { demoTokensRoute } from './auth/demo-tokens';
import { PreparingGateway } from './execution/preparing-gateway';
import { SingleFetchGateway } from './execution/single-fetch-gateway';
import { registerForwardingMetrics } from './observability/forwarding-metrics';
import { CSV_EXPORT, XLSX_EXPORT } from './export/export-formats';
import { exportRoute, type ExportRouteOptions } from './export/export-route';
import { servedSchema } from './export/served-schema';
import { gatewayHealthRoutes } from './observability/gateway-health-routes';
import { gatewayLogger } from './observability/gateway-logger';
import { instrumentSubgraph, registerSubgraphMetrics } from './observability/subgraph-metrics';
import { registerSubgraphReadinessGauge } from './observability/subgraph-readiness';
import { manifestCache } from './persisted/manifest-cache';
import { trustedDocumentsPlugin } from './persisted/trusted-documents.plugin';
import { loadTrustedManifest } from './persisted/trusted-manifest';

/** How many distinct operations keep their parsed, validated form (the contract's and the explorer's fit many times over). */
const DOCUMENT_STORE_ENTRIES = 200;
/** Where to listen and what to serve, plus any setting to override (defaults ← environment ← these). */
export interface GatewayOptions extends GatewaySettingsOverrides {
  port: number;
  /** Subgraph name → URL of its /graphql. */
  subgraphUrls: Record<string, string>;
  supergraphSdl?: string;
  /** Overrides LOG_LEVEL for the gateway's log (tests keep it quiet while their subgraphs log). */
  logLevel?: string;
  /** The gateway's settings as its process read them at start; read from the environment now when not given. */
  configuration?: GatewayConfig;
}

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  settings: GatewaySettings;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

/** Demo tokens only in development, and only when the gateway verifies tokens with a secret it can also sign with. */
function offersDemoTokens(config: GatewayConfig): boolean {
  return !config.production && !config.jwtPublicKeyFile && !config.jwtJwksFile && !config.jwtJwksUrl;
}

/** The public API: the committed supergraph, served by @apollo/gateway inside Apollo Server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const config = options.configuration ?? loadGatewayConfiguration();
  const settings = resolveGatewaySettings(config.guards, options);
  const verificationKey = await loadVerificationKey(config);
  const trusted = settings.trustedDocuments ? loadTrustedManifest(settings.trustedDocuments) : undefined;
  // A level of its own for this gateway only: the process-wide logger is shared with everything else.
  const logger = options.logLevel ? gatewayLogger(config).child({}, { level: options.logLevel }) : gatewayLogger(config);
  const identities = new IdentitySigner(config.internalAuthSecret);
  const metrics = new ServiceMetrics('gateway');
  const subgraphMetrics = registerSubgraphMetrics(metrics);
  registerSubgraphReadinessGauge(metrics, options.subgraphUrls);
  const dataSources = new Map<string, IdentityForwardingDataSource>();
  const apolloGateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => {
      const dataSource = new IdentityForwardingDataSource(
        {
          name,
          url: options.subgraphUrls[name] ?? url,
          timeoutMs: settings.subgraphTimeoutMs,
          maxResponseBytes: settings.subgraphMaxResponseBytes,
        },
        identities,
      );
      const source = instrumentSubgraph(dataSource, name, subgraphMetrics);
      dataSources.set(name, source);
      return source;
    },
  });
  const gateway = new PreparingGateway(
    settings.forwardSingleFetches ? new SingleFetchGateway(apolloGateway, dataSources, registerForwardingMetrics(metrics)) : apolloGateway,
  );
  const exportSchema = servedSchema(gateway);
  const masked = new MaskedErrorLog();
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    // Never Apollo's own landing page (it loads Sandbox from a CDN): browsers are sent to the console's workbench.
    ApolloServerPluginLandingPageDisabled(),
    operationResolutionPlugin(),
    ...(trusted ? [trustedDocumentsPlugin(trusted)] : []),
    introspectionPlugin(settings.introspection),
    documentLimitsPlugin(settings.limits),
    operationObserverPlugin(metrics, logger),
    masked.plugin(logger),
  ];
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Introspection is decided per caller by introspectionPlugin.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createGatewayErrorFormatter(masked),
    parseOptions: { maxTokens: settings.limits.maxTokens },
    // Parsed and validated documents, bounded by count: Apollo's default sizes entries by JSON length,
    // while an AST takes several times that (docs/performance.md has what a stream of large documents held).
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_ENTRIES, sizeCalculation: () => 1 }),
    allowBatchedHttpRequests: true,
    persistedQueries: trusted ? { cache: manifestCache(trusted), ttl: null } : {},
    plugins,
  });
  await apollo.start();
  const rateLimiter = await createRateLimiter(settings.rateLimit);
  const context = createGatewayContext({ verificationKey, rateLimiter, requestsPerMinute: settings.rateLimit.requestsPerMinute, logger });
  const exportOptions: ExportRouteOptions<GatewayContext> = {
    apollo,
    context,
    schema: exportSchema,
    maxRows: settings.exportMaxRows,
    maxBodyBytes: settings.maxBodyBytes,
    maxTokens: settings.limits.maxTokens,
    logger,
  };
  const handler = createHttpHandler({
    apollo,
    context,
    routes: {
      ...gatewayHealthRoutes(options.subgraphUrls),
      'GET /metrics': metricsRoute(metrics),
      ...cookbookRoutes(),
      'POST /export.csv': exportRoute(CSV_EXPORT, exportOptions),
      'POST /export.xlsx': exportRoute(XLSX_EXPORT, exportOptions),
      ...(offersDemoTokens(config) && { 'GET /console/demo-tokens.json': demoTokensRoute(config.jwtSecret) }),
    },
    prefixRoutes: consoleRoutes(),
    maxBodyBytes: settings.maxBodyBytes,
    maxBatchSize: settings.maxBatchSize,
    logger,
    requestIdOnErrors: true,
  });
  // A browser opening /graphql gets the console's workbench; GraphQL over GET and POST is unchanged.
  const serve = redirectBrowsersToWorkbench(handler);
  const { server, port } = await listen('gateway', { host: config.host, port: options.port }, (req, res) => {
    metrics.observeHttp(req, res);
    void serve(req, res);
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    server,
    settings,
    metrics,
    stop: async () => {
      await closeServer(server, config.shutdownDrainMs);
      await apollo.stop();
      await rateLimiter.close();
    },
  };
}
