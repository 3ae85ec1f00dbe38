import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Identity } from '@civic/runtime';

/** Root fields a request may use without the gateway's signed identity: what composition tools ask for. */
const OPEN_FIELDS = new Set(['_service', '__typename']);

/**
 * Refuses every operation that does not carry a valid identity signed by the gateway, so a request
 * sent straight to a subgraph's port cannot act as anyone.
 */
export function requireGatewayIdentityPlugin<TContext extends { identity: Identity | null }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.identity || (operation && onlyOpenFields(operation))) return;
          throw new GraphQLError('this service only answers requests forwarded by the gateway', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        },
      };
    },
  };
}

function onlyOpenFields(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value))
  );
}
