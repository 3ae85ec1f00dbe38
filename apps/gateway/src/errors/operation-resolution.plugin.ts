import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Documents the gateway cannot run for reasons of the client's making: no operation can be
 * picked (unknown operationName, several operations and none named), or the operation type has
 * no root in the schema (`subscription`, which validation lets through). @apollo/gateway would
 * throw both from its executor as a 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          let message: string | undefined;
          if (!operation) {
            message = request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide operation name if query contains multiple operations.';
          } else if (!schema.getRootType(operation.operation)) {
            message = `this API has no ${operation.operation} operations`;
          }
          if (message) throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
