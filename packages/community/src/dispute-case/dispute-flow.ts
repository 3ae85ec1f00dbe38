import { DisputeAction as A } from './dispute-action.enum';
import { DisputeState as S } from './dispute-state.enum';

/** The steps that move a case on, where each may start and where it ends. */
export const DISPUTE_FLOW: Record<Exclude<A, A.OPEN>, { from: readonly S[]; to: S }> = {
  [A.MEDIATE]: { from: [S.FOUND], to: S.MEDIATING },
  [A.RESOLVE]: { from: [S.FOUND, S.MEDIATING], to: S.RESOLVED },
  [A.ESCALATE]: { from: [S.FOUND, S.MEDIATING], to: S.ESCALATED },
};
