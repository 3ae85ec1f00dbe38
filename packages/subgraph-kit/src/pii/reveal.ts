import type { AccessControl } from '../auth/access-control';
import type { AuditTrail } from '../audit/audit-trail';

export interface PersonalValue {
  value: string | null;
  mask(value: string): string | null;
  /** Where the data is held, for the subtree rule, and whose it is, for a volunteer's own record. */
  heldAt: { unitId: number | null; volunteerId?: number };
  /** The record it belongs to, for the audit log. */
  record: { type: string; id: number | string };
}

/**
 * A personal value as the caller may see it: whole (after the read is in the audit log) when the
 * kernel's rules entitle them, masked otherwise.
 */
export async function revealPersonalValue(
  ctx: { access: AccessControl; audit: AuditTrail },
  personal: PersonalValue,
): Promise<string | null> {
  if (!personal.value) return null;
  if (!(await ctx.access.maySeePersonalData(personal.heldAt))) return personal.mask(personal.value);
  await ctx.audit.personalDataRead(personal.record.type, personal.record.id);
  return personal.value;
}
