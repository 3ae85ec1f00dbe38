import { describeEnum } from '@civic/subgraph-kit';

export enum FindingState {
  OPEN = 'OPEN',
  FIXED = 'FIXED',
  VERIFIED = 'VERIFIED',
}
describeEnum(FindingState, 'FindingState', 'Where a required fix stands (整改状态): OPEN → FIXED → VERIFIED.', {
  OPEN: 'Required, not yet reported fixed (待整改); overdue once its due day has passed.',
  FIXED: 'Reported fixed by the unit, waiting to be checked (已整改待核查).',
  VERIFIED: 'Checked and accepted: done (已核查销号).',
});
