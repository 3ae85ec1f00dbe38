import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, IDENTITY_HEADER, IdentitySigner, type Identity } from '@civic/kernel';
import { describeError, logEvent } from '../log';
import { keepAliveFetcher } from '../subgraph/keep-alive-fetcher';
import { classifyFetchFailure, failureResponse } from '../subgraph/subgraph-failure';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface GatewayContext {
  identity: Identity;
  requestId: string;
}

export interface SubgraphSource {
  name: string;
  url: string;
  /** A fetch (response and body) that takes longer is aborted and answered as SUBGRAPH_TIMEOUT. */
  timeoutMs: number;
}

/**
 * Sends every subgraph request with the caller's identity, signed for the subgraphs to verify,
 * and bounded in time: a subgraph that hangs costs the client an error on its fields, not a hang.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: SubgraphSource;
  private readonly identities = new IdentitySigner();

  constructor(subgraph: SubgraphSource) {
    super({ url: subgraph.url, fetcher: keepAliveFetcher({ timeoutMs: subgraph.timeoutMs }) });
    this.subgraph = subgraph;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS;
    request.http?.headers.set(IDENTITY_HEADER, this.identities.sign(identity));
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      const failure = classifyFetchFailure(err);
      if (!failure) throw err;
      const { name, url, timeoutMs } = this.subgraph;
      const requestId = 'requestId' in options.context ? options.context.requestId : undefined;
      logEvent('warn', failure === 'timeout' ? 'subgraph timed out' : 'subgraph unreachable', { requestId, subgraph: name, url, timeoutMs, ...describeError(err) });
      const document = 'document' in options ? options.document : undefined;
      return failureResponse(failure, name, timeoutMs, options.request, document);
    }
  }
}
