import type { DataSource } from 'typeorm';
import { AccessControl } from '../auth/access-control';
import { ANONYMOUS, type Identity, type Logger } from '@civic/runtime';
import { AuditTrail } from '../audit/audit-trail';
import type { QueryCounter } from '../database/query-counter';
import type { SubgraphContext } from './request-context';

export interface RequestContextSources<TLoaders> {
  service: string;
  requestId: string;
  /** The service's logger; the context gets a child of it that carries the request id. */
  logger: Logger;
  identity: Identity | null;
  db: DataSource;
  /** Where audit rows are written: the primary, even when `db` reads from a replica (default `db`). */
  auditDb?: DataSource;
  queries: QueryCounter;
  createLoaders(db: DataSource): TLoaders;
}

/** Everything one request's resolvers share: who asks, what they may do, the audit trail and fresh loaders. */
export function createRequestContext<TLoaders>(sources: RequestContextSources<TLoaders>): SubgraphContext<TLoaders> {
  const { service, requestId, logger, identity, db, queries } = sources;
  // Requests without a gateway identity never reach a resolver (requireGatewayIdentityPlugin); the open
  // composition fields need no access checks, so they get the powerless anonymous identity.
  const actingAs = identity ?? ANONYMOUS;
  return {
    requestId,
    log: logger.child({ requestId }),
    identity,
    db,
    queries,
    access: new AccessControl(actingAs, db),
    audit: new AuditTrail(actingAs, service, requestId, sources.auditDb ?? db),
    loaders: sources.createLoaders(db),
  };
}
