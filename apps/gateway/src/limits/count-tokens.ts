import { Lexer, Source, TokenKind } from 'graphql';

/** Tokens as graphql's parser counts them for `maxTokens` (comments excluded). Throws on a lexical error. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}
