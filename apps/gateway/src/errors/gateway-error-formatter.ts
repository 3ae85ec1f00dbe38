import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter, currentRequestId } from '@civic/kernel';
import { asTokenLimitError } from '../limits/token-limit-error';
import { describeError, logEvent } from '../log';
import { isGatewayErrorCode } from './gateway-errors';

/** Extensions that can carry internals: a subgraph's URL and raw response, stack traces. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'response', 'exception']);

/**
 * The kernel's masking (client errors as they are, anything else "Internal server error" and
 * logged in full), plus the gateway's own codes, and the request id on every error so a client's
 * report can be matched with the log line.
 */
export function createGatewayErrorFormatter() {
  const maskUnexpected = createErrorFormatter((msg, err) => logEvent('error', msg, describeError(err)));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refined = asTokenLimitError(asRequestError(formatted, error));
    const result = isGatewayErrorCode(refined.extensions?.code) ? refined : maskUnexpected(refined, error);
    const extensions = Object.fromEntries(Object.entries(result.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)));
    return { ...result, extensions: { ...extensions, requestId: currentRequestId() } };
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
