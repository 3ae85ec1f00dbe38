import type { DataSource } from 'typeorm';
import type { QueryCounter } from '../database/query-counter';
import type { Identity } from '../auth/identity';

/** What every resolver of every subgraph receives. `TLoaders` are the subgraph's DataLoaders, new per request. */
export interface SubgraphContext<TLoaders = unknown> {
  requestId: string;
  /** Who is asking, as signed by the gateway; null only for the open composition fields. */
  identity: Identity | null;
  db: DataSource;
  queries: QueryCounter;
  loaders: TLoaders;
}
