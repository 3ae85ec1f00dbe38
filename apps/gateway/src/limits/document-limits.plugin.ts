import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentLimits } from './document-limits';
import { findLimitViolation, queryTooComplex } from './limit-violation';
import { measureOperation } from './measure-operation';

/** Refuses an operation over a limit once it is parsed and validated, before the query plan runs. */
export function documentLimitsPlugin(limits: DocumentLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const violation = findLimitViolation(measureOperation({ document, operation, schema, variables: request.variables }), limits);
          if (violation) throw queryTooComplex(violation);
        },
      };
    },
  };
}
