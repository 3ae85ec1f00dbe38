import type { Role } from '../../auth/session';

/** A unit with the ids of the units above it, as the API gives them. */
export interface UnitPlace {
  id: string;
  ancestors: readonly { id: string }[];
}

/**
 * The schemes a user picks from: for a scoped role those owned by its own unit, by a unit above it
 * (the county's scheme that ranks a township) or by a unit below it; for ADMIN and ANALYST (no own
 * unit) every scheme. The API lets every staff role read every scheme; this keeps the picker short.
 */
export function schemesInReach<T extends { ownerUnit: UnitPlace }>(schemes: readonly T[], own: UnitPlace | null | undefined): T[] {
  if (!own) return [...schemes];
  const above = new Set(own.ancestors.map((unit) => unit.id));
  return schemes.filter(
    ({ ownerUnit }) => ownerUnit.id === own.id || above.has(ownerUnit.id) || ownerUnit.ancestors.some((unit) => unit.id === own.id),
  );
}

/**
 * Whether the user may change a scheme's targets and weights, as the API decides it
 * (assessment:write): ADMIN any scheme, ORG_ADMIN a scheme owned by its own unit or a unit below
 * it; nobody once the scheme is CLOSED. Only hides the editor: the API checks again.
 */
export function canAdjustIndicators(role: Role, ownUnitId: string | undefined, scheme: { state: string; ownerUnit: UnitPlace }): boolean {
  if (scheme.state === 'CLOSED') return false;
  if (role === 'ADMIN') return true;
  if (role !== 'ORG_ADMIN' || !ownUnitId) return false;
  return scheme.ownerUnit.id === ownUnitId || scheme.ownerUnit.ancestors.some((unit) => unit.id === ownUnitId);
}
