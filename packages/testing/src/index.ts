export * from './child-service';
export * from './free-port';
export * from './graphql-client';
export * from './test-database';
export * from './committed-sdl';
export * from './tcp-proxy';
export * from './held-request';
export * from './subgraph-harness';
