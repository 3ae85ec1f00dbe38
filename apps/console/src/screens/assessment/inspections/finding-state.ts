import type { FindingState } from '../../../gql/graphql';
import type { Tone } from '../../../shared/tone-tag';

/** Where a required fix stands, in the words of a county's inspection ledger (整改台账). */
export const FINDING_STATES: Record<FindingState, { label: string; tone: Tone }> = {
  OPEN: { label: '待整改', tone: 'warning' },
  FIXED: { label: '已整改', tone: 'info' },
  VERIFIED: { label: '已验收', tone: 'success' },
};
