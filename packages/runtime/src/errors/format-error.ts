import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-errors';
import type { MaskedErrorLog } from './masked-error-log';

/** Codes whose messages are written for clients (ours and the ones GraphQL validation produces). */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A subgraph or its database is down: our own wording, retrying later may help.
  'SERVICE_UNAVAILABLE',
]);

/**
 * Keeps client errors as they are and replaces anything unexpected (a bug, a database error)
 * with a generic message: no stack traces, SQL or hostnames leave the service; what was hidden is
 * noted in `masked`, which logs it with the request id.
 */
export function createErrorFormatter(masked: MaskedErrorLog) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError || (code && CLIENT_CODES.has(code))) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const shown = {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    return masked.note(shown, 'unexpected error while resolving', original);
  };
}
