import { forbidden } from '@civic/runtime';
import type { AccessControl } from '@civic/subgraph-kit';

/**
 * Assessments are the staff's working figures: every signed-in staff role and ANALYST reads schemes,
 * rankings, inspections and recognitions; callers without a token and volunteers read none.
 */
export function assertMayReadAssessments(access: AccessControl): void {
  access.requireSignedIn('assessments');
  if (access.identity.role === 'VOLUNTEER') throw forbidden('assessments are for staff roles and analysts only');
}
