import { Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { GatewayErrorCode } from '../errors/gateway-errors';

export type SubgraphFailure = 'timeout' | 'unavailable';

/** Connection-level errors meaning "nobody answered", as opposed to a bug worth a 500. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT']);

/** What went wrong with a subgraph fetch, if it is one the client should hear about by name. */
export function classifyFetchFailure(err: unknown): SubgraphFailure | undefined {
  // Not `instanceof Error`: errors raised by Node's own sockets come from another realm under jest's VM.
  if (typeof err !== 'object' || err === null) return undefined;
  const { name, code, type } = err as { name?: string; code?: string; type?: string };
  if (name === 'AbortError' || type === 'aborted') return 'timeout';
  if ((code && UNREACHABLE.has(code)) || type === 'system') return 'unavailable';
  return undefined;
}

/**
 * A subgraph response standing in for the one that never came: one error per field (or entity)
 * the fetch was for, so the gateway puts each on its path and the rest of the response survives.
 * The message names the subgraph, never its address.
 */
export function failureResponse(
  failure: SubgraphFailure,
  subgraph: string,
  timeoutMs: number,
  request: { query?: string; variables?: Record<string, unknown> },
  document?: DocumentNode,
): { errors: GraphQLFormattedError[] } {
  const code: GatewayErrorCode = failure === 'timeout' ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE';
  const message = failure === 'timeout' ? `the ${subgraph} service did not answer within ${timeoutMs} ms` : `the ${subgraph} service is unavailable`;
  const error = (path: (string | number)[]) => ({ message, path, extensions: { code } });
  const representations = request.variables?.representations;
  if (Array.isArray(representations)) return { errors: representations.map((_, i) => error(['_entities', i])) };
  return { errors: rootResponseKeys(document, request.query).map((key) => error([key])) };
}

function rootResponseKeys(document: DocumentNode | undefined, query: string | undefined): string[] {
  const doc = document ?? (query ? parse(query) : undefined);
  const operation = doc?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [(s.alias ?? s.name).value] : []));
}
