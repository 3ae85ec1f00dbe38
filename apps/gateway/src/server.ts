import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { closeServer, createErrorFormatter, createHttpHandler, listen } from '@civic/kernel';
import { authenticate } from './auth/authenticate';
import { IdentityForwardingDataSource, type GatewayContext } from './auth/identity-forwarding';
import { loadVerificationKey } from './auth/jwt-keys';
import { assertProductionSecrets } from './auth/production-secrets';
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
  assertProductionSecrets();
  const verificationKey = await loadVerificationKey();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ url: options.subgraphUrls[name] ?? url }),
  });
  const apollo = new ApolloServer<GatewayContext>({
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
    context: async (req, requestId) => ({ requestId, identity: await authenticate(req.headers.authorization, verificationKey) }),
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
