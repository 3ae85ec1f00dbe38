import type { EntityManager } from 'typeorm';
import { conflict, notFound, type Permission } from '@civic/runtime';
import { lockForEdit, parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { SchemeEntity } from '../scheme.entity';
import { SchemeState } from '../scheme-state.enum';

/**
 * The scheme a write is aimed at, once the caller may write there: UNAUTHENTICATED or FORBIDDEN for
 * a role without `permission`, NOT_FOUND for no such scheme, FORBIDDEN for an owner outside the
 * caller's subtree. The write itself re-reads it locked (lockScheme).
 */
export async function schemeForEdit(ctx: AssessmentContext, id: string | number, permission: Permission): Promise<SchemeEntity> {
  ctx.access.requirePermission(permission);
  const schemeId = typeof id === 'number' ? id : parseId(id, 'assessment scheme');
  const scheme = await ctx.loaders.schemeById.load(String(schemeId));
  if (!scheme) throw notFound('assessment scheme', schemeId);
  await ctx.access.requireWrite(permission, scheme.ownerUnitId);
  return scheme;
}

/** The scheme locked for the rest of the transaction (at the version read, when given); a CLOSED scheme is a CONFLICT. */
export async function lockOpenScheme(manager: EntityManager, id: number, expectedVersion?: number | null): Promise<SchemeEntity> {
  const scheme = await lockForEdit(manager, SchemeEntity, id, expectedVersion, 'assessment scheme');
  if (scheme.state === SchemeState.CLOSED)
    throw conflict(`assessment scheme ${id} is CLOSED: its results are final`, { state: scheme.state });
  return scheme;
}
