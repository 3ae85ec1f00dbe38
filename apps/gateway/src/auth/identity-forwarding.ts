import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity, type Identity } from '@civic/kernel';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
}

/** Sends every subgraph request with the caller's identity, signed for the subgraphs to verify. */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS;
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(identity));
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}
