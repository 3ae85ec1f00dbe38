import { forbidden } from '@civic/runtime';
import type { VolunteersContext } from '../loaders';
import { staffMayRead } from '../points/staff-scope';

/** An exchange's redemptions name volunteers: for ADMIN, and ORG_ADMIN, OPERATOR or PROPAGANDA whose subtree holds the exchange. */
export async function assertMayReadExchangeRedemptions(ctx: VolunteersContext, exchangeUnitId: number): Promise<void> {
  ctx.access.requireSignedIn('redemptions');
  if (!(await staffMayRead(ctx.access, ctx.loaders.unitInScope, exchangeUnitId)))
    throw forbidden('an exchange’s redemptions are for staff of the subtree it belongs to');
}

/** One redemption: for its volunteer, and for staff whose subtree holds the exchange or the volunteer's home unit. */
export async function mayReadRedemption(
  ctx: VolunteersContext,
  redemption: { volunteerId: number; exchangeUnitId: number; homeUnitId: number | null },
): Promise<boolean> {
  if (ctx.access.identity.role === 'VOLUNTEER') return ctx.access.isVolunteer(redemption.volunteerId);
  return (
    (await staffMayRead(ctx.access, ctx.loaders.unitInScope, redemption.exchangeUnitId)) ||
    (await staffMayRead(ctx.access, ctx.loaders.unitInScope, redemption.homeUnitId))
  );
}
