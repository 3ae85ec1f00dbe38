import type { ApolloServerPlugin } from '@apollo/server';
import { gatewayError } from '../errors/gateway-errors';
import type { GatewayContext } from '../auth/identity-forwarding';
import type { IntrospectionPolicy } from './introspection-policy';
import { selectsIntrospection } from './selects-introspection';

/**
 * Apollo's own switch is all-or-nothing; this lets the explorer of a signed-in analyst introspect
 * while anonymous callers (scrapers) cannot map the schema.
 */
export function introspectionPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (policy === 'all' || !operation || !selectsIntrospection(document, operation)) return;
          if (policy === 'off') throw gatewayError('INTROSPECTION_DISABLED', 'introspection is disabled on this gateway', { status: 403 });
          if (contextValue.identity.role === 'ANONYMOUS') {
            throw gatewayError(
              'INTROSPECTION_DISABLED',
              'introspection needs an authenticated caller: send a token (Authorization: Bearer <JWT>)',
              {
                status: 403,
              },
            );
          }
        },
      };
    },
  };
}
