/** Roles a token can carry; ANONYMOUS is what a request without a token acts as. */
export const ROLES = ['ADMIN', 'ORG_ADMIN', 'OPERATOR', 'PROPAGANDA', 'ANALYST', 'VOLUNTEER'] as const;
export type Role = (typeof ROLES)[number] | 'ANONYMOUS';

/** Who is asking, as verified by the gateway and forwarded to the subgraphs. */
export interface Identity {
  subject: string;
  role: Role;
  /** Org unit code the role is scoped to (ORG_ADMIN, OPERATOR, PROPAGANDA). */
  orgUnitCode?: string;
  /** The volunteer a VOLUNTEER token belongs to. */
  volunteerId?: string;
}

export const ANONYMOUS: Identity = { subject: 'anonymous', role: 'ANONYMOUS' };

export function isRole(value: unknown): value is Exclude<Role, 'ANONYMOUS'> {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
