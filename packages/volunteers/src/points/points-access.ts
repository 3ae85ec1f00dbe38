import { forbidden } from '@civic/runtime';
import type { VolunteersContext } from '../loaders';
import { staffMayRead } from './staff-scope';

/** How much of a volunteer's points a caller reads: everything, the figures alone, or nothing. */
export type PointsView = 'ALL' | 'FIGURES' | 'NONE';

/**
 * A volunteer's points and redemptions are theirs: the volunteer reads them (VOLUNTEER token),
 * ADMIN anywhere, ORG_ADMIN, OPERATOR and PROPAGANDA for volunteers registered inside their subtree;
 * ANALYST reads the figures, not the entries; nobody else anything.
 */
export async function pointsView(ctx: VolunteersContext, volunteer: { id: number; homeUnitId: number | null }): Promise<PointsView> {
  const { access } = ctx;
  if (!access.isSignedIn) return 'NONE';
  if (access.identity.role === 'VOLUNTEER') return access.isVolunteer(volunteer.id) ? 'ALL' : 'NONE';
  if (access.identity.role === 'ANALYST') return 'FIGURES';
  return (await staffMayRead(access, ctx.loaders.unitInScope, volunteer.homeUnitId)) ? 'ALL' : 'NONE';
}

/** Throws unless the caller reads everything of the volunteer's points: the entries and redemptions. */
export async function assertMayReadPointsDetail(
  ctx: VolunteersContext,
  volunteer: { id: number; homeUnitId: number | null },
  what: string,
): Promise<void> {
  ctx.access.requireSignedIn(what);
  if ((await pointsView(ctx, volunteer)) !== 'ALL')
    throw forbidden(`${what} are for the volunteer and for staff of the subtree the volunteer is registered in`);
}
