import type { GraphQLFormattedError } from 'graphql';

/** graphql 16 stops at `maxTokens` with this message ("more that" in 16.15, "more than" elsewhere). */
const PARSER_TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * The token limit is enforced by the parser itself (it stops reading there, so a huge document
 * costs no more than the limit); this turns its syntax error into the gateway's limit error.
 */
export function asTokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = PARSER_TOKEN_LIMIT.exec(formatted.message);
  if (!match || formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return formatted;
  const max = Number(match[1]);
  return {
    message: `token count exceeds the limit of ${max}`,
    extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX', limit: 'maxTokens', max },
  };
}
