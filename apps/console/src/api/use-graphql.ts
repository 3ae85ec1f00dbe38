import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './graphql-client';

type QueryOptions<TResult> = Omit<UseQueryOptions<TResult, Error>, 'queryKey' | 'queryFn'>;

/** A typed query through react-query; the cache key is the operation's text and variables. */
export function useGraphQLQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions<TResult> = {},
) {
  return useQuery<TResult, Error>({
    queryKey: [operationName(document), variables],
    queryFn: ({ signal }) => execute(document, variables, { signal }),
    ...options,
  });
}

/** A typed mutation; errors arrive as ApiError (fieldErrors() maps them onto a form). */
export function useGraphQLMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  return useMutation<TResult, Error, TVariables>({ mutationFn: (variables) => execute(document, variables) });
}

/** The operation's name, else its text: what react-query keys and invalidation use. */
export function operationName(document: { toString(): string }): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}
