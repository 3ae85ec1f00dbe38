import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, IDENTITY_HEADER, IdentitySigner, type Identity, type Logger } from '@civic/runtime';
import { GraphQLError } from 'graphql';
import { describeError } from '../log';
import { gatewayLogger } from '../observability/gateway-logger';
import { keepAlivePost, type KeepAlivePost, type PostResponse } from '../subgraph/keep-alive-post';
import { isReadOnly } from '../subgraph/read-only';
import { classifyFetchFailure, FAILURE_LOG_MESSAGES, failureResponse } from '../subgraph/subgraph-failure';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The gateway's logger for this request: every line carries the request id. */
  log: Logger;
}

export interface SubgraphSource {
  name: string;
  url: string;
  /** A fetch (response and body) that takes longer is aborted and answered as SUBGRAPH_TIMEOUT. */
  timeoutMs: number;
  /** A response with a larger body is cut off and answered as SUBGRAPH_RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
}

/**
 * Sends every subgraph request with the caller's identity, signed for the subgraphs to verify, and
 * the request id, bounded in time: a subgraph that hangs costs the client an error on its fields,
 * not a hang. A JSON POST straight over the keep-alive pool: Apollo's RemoteGraphQLDataSource built
 * fetch-API objects for each fetch (headers twice, a Request kept for error reports) that the
 * gateway never used. What the gateway sees is the same: the subgraph's JSON response, or for an
 * response that is not 2xx the same GraphQLError ("500: Internal Server Error", with the response in
 * its extensions), masked for the client by the error formatter.
 */
export class IdentityForwardingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly post: KeepAlivePost;
  private readonly url: URL;

  /** `identities` signs with the gateway's INTERNAL_AUTH_SECRET; one signer serves every subgraph. */
  constructor(
    private readonly subgraph: SubgraphSource,
    private readonly identities: IdentitySigner,
  ) {
    this.post = keepAlivePost({ timeoutMs: subgraph.timeoutMs, maxResponseBytes: subgraph.maxResponseBytes });
    this.url = new URL(subgraph.url);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const context: Partial<GatewayContext> = options.context;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [IDENTITY_HEADER]: this.identities.sign(context.identity ?? ANONYMOUS),
    };
    if (context.requestId) headers['x-request-id'] = context.requestId;
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    let response: PostResponse;
    try {
      response = await this.post(this.url, body, headers, isReadOnly(request.query));
    } catch (err) {
      const failure = classifyFetchFailure(err);
      if (!failure) throw err;
      const { name, url, timeoutMs, maxResponseBytes } = this.subgraph;
      const code = (err as { code?: unknown }).code;
      (context.log ?? gatewayLogger()).warn(
        { subgraph: name, url, timeoutMs, maxResponseBytes, code, ...describeError(err) },
        FAILURE_LOG_MESSAGES[failure],
      );
      const document = 'document' in options ? options.document : undefined;
      return failureResponse(failure, name, this.subgraph, request, document);
    }
    if (PROXY_UNAVAILABLE.has(response.status) && !isJson(response.contentType)) {
      // A load balancer's own answer: no replica of the subgraph could take the request.
      const { name, url } = this.subgraph;
      (context.log ?? gatewayLogger()).warn({ subgraph: name, url, status: response.status }, FAILURE_LOG_MESSAGES.unavailable);
      return failureResponse('unavailable', name, this.subgraph, request, 'document' in options ? options.document : undefined);
    }
    if (response.status < 200 || response.status > 299) throw this.errorFromResponse(response);
    const parsed: unknown = isJson(response.contentType) ? JSON.parse(response.body) : response.body;
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`Expected JSON response body, but received: ${response.body}`);
    return parsed;
  }

  /** As Apollo's data source words it: "<status>: <text>", the response (kept from the client by the formatter) in the extensions. */
  private errorFromResponse(response: PostResponse): GraphQLError {
    const body: unknown = isJson(response.contentType) ? safeJson(response.body) : response.body;
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : undefined;
    return new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: {
        response: { url: this.subgraph.url, status: response.status, statusText: response.statusText, body },
        ...(code ? { code } : {}),
      },
    });
  }
}

/** Statuses a proxy in front of a subgraph answers with when no server behind it can (its body is not GraphQL). */
const PROXY_UNAVAILABLE = new Set([502, 503, 504]);

function isJson(contentType: string): boolean {
  return contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
