/*
 * The explorer page loads React, ReactDOM and GraphiQL as plain scripts (UMD builds served by the
 * gateway itself) before explorer.js: these are the globals they define.
 */
declare const React: typeof import('react');
declare const ReactDOM: typeof import('react-dom/client');
declare const GraphiQL: typeof import('graphiql').GraphiQL & {
  createFetcher(options: { url: string; headers?: Record<string, string> }): import('@graphiql/toolkit').Fetcher;
  React: typeof import('@graphiql/react');
};
