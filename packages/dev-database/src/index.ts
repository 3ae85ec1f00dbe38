export * from './embedded-postgres';
export * from './ensure-database';
export type { DatabaseHandle } from '@civic/subgraph-kit';
