import type { GraphQLFormattedError } from 'graphql';
import type { MaskedErrorLog } from '@civic/runtime';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; please try again shortly';

/** Socket-level failures: the database host refused, dropped or never answered the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** SQLSTATEs for "not now": shutting down, starting up, out of connections, statement timed out. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** What node-postgres says when a connection dies or never comes (its errors carry no code). */
const DRIVER_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /^Query read timeout/, /is not queryable$/];

/**
 * Whether an error (or anything it wraps: TypeORM's driverError, a cause, a GraphQL originalError)
 * means the database could not be reached, as opposed to a bug or a bad query.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (DRIVER_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  const wrapped = error as { driverError?: unknown; originalError?: unknown; cause?: unknown };
  return [wrapped.driverError, wrapped.originalError, wrapped.cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Puts a database outage into words a client can act on (SERVICE_UNAVAILABLE, retry later) instead
 * of a generic internal error; the driver's detail (host, port, SQL) goes to the log only.
 */
export function withDatabaseUnavailableErrors(format: ErrorFormatter, masked: MaskedErrorLog): ErrorFormatter {
  return (formatted, error) => {
    if (!isDatabaseUnavailable(error)) return format(formatted, error);
    const shown = {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
    return masked.note(shown, 'database unavailable', error);
  };
}
