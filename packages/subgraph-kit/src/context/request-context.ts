import type { DataSource } from 'typeorm';
import type { AccessControl } from '../auth/access-control';
import type { Identity, Logger } from '@civic/runtime';
import type { AuditTrail } from '../audit/audit-trail';
import type { QueryCounter } from '../database/query-counter';

/** What every resolver of every subgraph receives. `TLoaders` are the subgraph's DataLoaders, new per request. */
export interface SubgraphContext<TLoaders = unknown> {
  requestId: string;
  /** The service's logger for this request: every line carries the request id. */
  log: Logger;
  /** Who is asking, as signed by the gateway; null only for the open composition fields. */
  identity: Identity | null;
  db: DataSource;
  queries: QueryCounter;
  /** Role and subtree checks, and who may see personal data. */
  access: AccessControl;
  /** Where mutations and reads of unmasked personal data are recorded. */
  audit: AuditTrail;
  loaders: TLoaders;
}
