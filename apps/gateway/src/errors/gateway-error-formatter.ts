import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter, type MaskedErrorLog } from '@civic/runtime';
import { asTokenLimitError } from '../limits/token-limit-error';
import { isGatewayErrorCode } from './gateway-errors';

/** Extensions that can carry internals: a subgraph's URL and raw response, stack traces. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'response', 'exception']);

/**
 * The kernel's masking (client errors as they are, anything else "Internal server error", noted in
 * `masked` to be logged in full with the request id), plus the gateway's own codes, without
 * extensions that carry internals. (The HTTP handler adds the request id to each.)
 */
export function createGatewayErrorFormatter(masked: MaskedErrorLog) {
  const maskUnexpected = createErrorFormatter(masked);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refined = asTokenLimitError(asRequestError(formatted, error));
    const result = isGatewayErrorCode(refined.extensions?.code) ? refined : maskUnexpected(refined, error);
    const extensions = Object.fromEntries(Object.entries(result.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)));
    return masked.carry(result, { ...result, extensions });
  };
}

/**
 * Apollo refuses some requests with a 4xx status but no code (e.g. "provided sha does not match
 * query"); those messages are for the client, so they get BAD_REQUEST instead of being masked.
 */
function asRequestError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return formatted;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (status === undefined || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}
