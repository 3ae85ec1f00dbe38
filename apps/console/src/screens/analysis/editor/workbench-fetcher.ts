import type { Fetcher } from '@graphiql/toolkit';
import { GRAPHQL_PATH } from '../../../api/graphql-client';
import type { WorkbenchRun } from './workbench-run';

/** The name GraphiQL gives the schema's introspection: not a run the result panel shows. */
const INTROSPECTION = 'IntrospectionQuery';

/**
 * GraphiQL's fetcher: POST /graphql with the signed-in session's token, the answer handed back as
 * it is (GraphiQL shows errors itself) and, for every operation but the schema's introspection, to
 * `onRun` too, so the workbench can table, chart and export it.
 */
export function workbenchFetcher(token: () => string | null, onRun: (run: WorkbenchRun) => void): Fetcher {
  return async (params) => {
    const bearer = token();
    const response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(params),
    });
    const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as WorkbenchRun['response'];
    if (params.operationName !== INTROSPECTION) {
      onRun({
        query: params.query,
        variables: (params.variables as Record<string, unknown> | null | undefined) ?? {},
        operationName: params.operationName ?? undefined,
        response: body,
        at: Date.now(),
      });
    }
    // The answer as JSON: GraphiQL types its errors as GraphQLError instances, which parsed JSON never is.
    return body as Awaited<ReturnType<Fetcher>>;
  };
}
