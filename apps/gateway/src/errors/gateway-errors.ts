import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Codes the gateway itself gives; their messages are written for clients. */
export const GATEWAY_ERROR_CODES = [
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_TRUSTED',
  'INTROSPECTION_DISABLED',
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_RESPONSE_TOO_LARGE',
] as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export function isGatewayErrorCode(code: unknown): code is GatewayErrorCode {
  return (GATEWAY_ERROR_CODES as readonly unknown[]).includes(code);
}

/** An error refused by the gateway: code and details for the client, status (and headers) for HTTP. */
export function gatewayError(
  code: GatewayErrorCode,
  message: string,
  http: { status: number; headers?: Record<string, string> },
  details: Record<string, unknown> = {},
): GraphQLError {
  const headers = new HeaderMap(Object.entries(http.headers ?? {}));
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: http.status, headers } } });
}
