import { Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { GatewayErrorCode } from '../errors/gateway-errors';
import { RESPONSE_TOO_LARGE } from './http1-errors';

/** `malformed`: a response that is not valid HTTP/1.1, refused (the client hears "unavailable"). */
export type SubgraphFailure = 'timeout' | 'unavailable' | 'malformed' | 'too_large';

/** The bounds a subgraph fetch is held to, as the client hears of them. */
export interface FetchLimits {
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Connection-level errors meaning "nobody answered", as opposed to a bug worth a 500. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT']);

/** What went wrong with a subgraph fetch, if it is one the client should hear about by name. */
export function classifyFetchFailure(err: unknown): SubgraphFailure | undefined {
  // Not `instanceof Error`: errors raised by Node's own sockets come from another realm under jest's VM.
  if (typeof err !== 'object' || err === null) return undefined;
  const { name, code, type } = err as { name?: string; code?: string; type?: string };
  if (name === 'AbortError' || type === 'aborted') return 'timeout';
  if (code === RESPONSE_TOO_LARGE) return 'too_large';
  if (code?.startsWith('HPE_')) return 'malformed';
  if ((code && UNREACHABLE.has(code)) || type === 'system') return 'unavailable';
  return undefined;
}

/** The gateway's log line about a failed fetch. */
export const FAILURE_LOG_MESSAGES: Record<SubgraphFailure, string> = {
  timeout: 'subgraph timed out',
  unavailable: 'subgraph unreachable',
  malformed: 'subgraph answered malformed HTTP',
  too_large: 'subgraph response too large',
};

/**
 * A subgraph response standing in for the one that never came: one error per field (or entity)
 * the fetch was for, so the gateway puts each on its path and the rest of the response survives.
 * The message names the subgraph, never its address.
 */
export function failureResponse(
  failure: SubgraphFailure,
  subgraph: string,
  limits: FetchLimits,
  request: { query?: string; variables?: Record<string, unknown> },
  document?: DocumentNode,
): { errors: GraphQLFormattedError[] } {
  const { code, message } = describeFailure(failure, subgraph, limits);
  const error = (path: (string | number)[]) => ({ message, path, extensions: { code } });
  const representations = request.variables?.representations;
  if (Array.isArray(representations)) return { errors: representations.map((_, i) => error(['_entities', i])) };
  return { errors: rootResponseKeys(document, request.query).map((key) => error([key])) };
}

function describeFailure(failure: SubgraphFailure, subgraph: string, limits: FetchLimits): { code: GatewayErrorCode; message: string } {
  switch (failure) {
    case 'timeout':
      return { code: 'SUBGRAPH_TIMEOUT', message: `the ${subgraph} service did not answer within ${limits.timeoutMs} ms` };
    case 'too_large':
      return {
        code: 'SUBGRAPH_RESPONSE_TOO_LARGE',
        message: `the ${subgraph} service's response is larger than ${limits.maxResponseBytes} bytes`,
      };
    default:
      return { code: 'SUBGRAPH_UNAVAILABLE', message: `the ${subgraph} service is unavailable` };
  }
}

function rootResponseKeys(document: DocumentNode | undefined, query: string | undefined): string[] {
  const doc = document ?? (query ? parse(query) : undefined);
  const operation = doc?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [(s.alias ?? s.name).value] : []));
}
