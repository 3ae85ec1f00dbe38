import type { Session } from '../../../auth/session';

/** What the console knows of a saved view's owner unit. */
export interface OwnerUnitPath {
  code: string;
  ancestors: readonly { code: string }[];
}

/**
 * Whether the signed-in user may change, share or delete a view, as the API decides it: ADMIN
 * every view; ORG_ADMIN and PROPAGANDA the views owned by their own unit or a unit below it. Only
 * hides buttons: the API checks again and answers FORBIDDEN otherwise.
 */
export function canEditView(session: Pick<Session, 'role' | 'orgUnitCode'>, ownerUnit: OwnerUnitPath | null | undefined): boolean {
  if (session.role === 'ADMIN') return true;
  if (session.role !== 'ORG_ADMIN' && session.role !== 'PROPAGANDA') return false;
  const own = session.orgUnitCode;
  if (!own || !ownerUnit) return false;
  return ownerUnit.code === own || ownerUnit.ancestors.some((a) => a.code === own);
}

/** Whether the user may save new views at all (permission view:write). */
export function canCreateView(session: Pick<Session, 'role'>): boolean {
  return session.role === 'ADMIN' || session.role === 'ORG_ADMIN' || session.role === 'PROPAGANDA';
}

/** The public link of a shared view, on this console's origin. */
export function publicViewUrl(shareKey: string, origin: string = window.location.origin): string {
  return `${origin}/console/public/${encodeURIComponent(shareKey)}`;
}
