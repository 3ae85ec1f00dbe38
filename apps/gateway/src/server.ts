import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { closeServer, createErrorFormatter, createHttpHandler, listen } from '@civic/kernel';
import { SUPERGRAPH_PATH } from './compose/compose-supergraph';
import { sendGatewayHealth } from './health';

export interface GatewayOptions {
  port: number;
  /** Subgraph name → URL of its /graphql. */
  subgraphUrls: Record<string, string>;
  supergraphSdl?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

/** The public API: the committed supergraph, served by @apollo/gateway inside Apollo Server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: options.subgraphUrls[name] ?? url }),
  });
  const apollo = new ApolloServer<BaseContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter((msg, err) =>
      console.error(JSON.stringify({ level: 'error', service: 'gateway', msg, err: err instanceof Error ? err.message : String(err) })),
    ),
  });
  await apollo.start();
  const handler = createHttpHandler({
    apollo,
    context: async () => ({}),
    routes: { 'GET /health': (_req, res) => sendGatewayHealth(res, options.subgraphUrls) },
  });
  const { server, port } = await listen('gateway', options.port, (req, res) => void handler(req, res));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    server,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
