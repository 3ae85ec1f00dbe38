import type { AccessControl, AuditTrail } from '@civic/subgraph-kit';

/**
 * A list of personal values (the parties of a dispute) as the caller may see it: whole, after the
 * read is in the audit log, when the kernel's rules entitle them for the unit; masked otherwise.
 */
export async function revealPersonalList(
  ctx: { access: AccessControl; audit: AuditTrail },
  values: string[],
  mask: (value: string) => string | null,
  heldAt: { unitId: number },
  record: { type: string; id: number },
): Promise<string[]> {
  if (values.length === 0) return [];
  if (!(await ctx.access.maySeePersonalData(heldAt))) return values.map((value) => mask(value) ?? '');
  await ctx.audit.personalDataRead(record.type, record.id);
  return values;
}
