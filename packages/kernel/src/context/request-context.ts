import type { DataSource } from 'typeorm';
import type { QueryCounter } from '../database/query-counter';

/** What every resolver of every subgraph receives. `TLoaders` are the subgraph's DataLoaders, new per request. */
export interface SubgraphContext<TLoaders = unknown> {
  requestId: string;
  db: DataSource;
  queries: QueryCounter;
  loaders: TLoaders;
}
