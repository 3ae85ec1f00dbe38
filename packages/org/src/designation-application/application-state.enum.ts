import { describeEnum } from '@civic/subgraph-kit';

/** Where a designation application stands (申报状态). */
export enum ApplicationState {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  GRANTED = 'GRANTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

describeEnum(ApplicationState, 'ApplicationState', 'Where a designation application stands (申报状态).', {
  SUBMITTED: 'Submitted by the unit, not yet taken up (已申报).',
  UNDER_REVIEW: 'Being reviewed by the authority (审核中).',
  GRANTED: 'Granted: the designation was conferred (已命名).',
  REJECTED: 'Rejected, with the reason in the decision note (已驳回).',
  WITHDRAWN: 'Withdrawn by the applicant before a decision (已撤回).',
});

/** States no step leads out of. */
export const CLOSED_STATES: readonly ApplicationState[] = [ApplicationState.GRANTED, ApplicationState.REJECTED, ApplicationState.WITHDRAWN];
