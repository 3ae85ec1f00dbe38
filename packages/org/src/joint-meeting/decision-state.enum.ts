import { describeEnum } from '@civic/subgraph-kit';

/** How far a joint meeting's decision has been carried out (落实进度). */
export enum DecisionState {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

describeEnum(DecisionState, 'DecisionState', "How far a joint meeting's decision has been carried out (落实进度).", {
  OPEN: 'Assigned, not started (待落实).',
  IN_PROGRESS: 'Being carried out (落实中).',
  DONE: 'Carried out, with the day it was done (已办结).',
});

/** What a progress report may set a decision to. */
export enum ReportedDecisionState {
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

describeEnum(ReportedDecisionState, 'ReportedDecisionState', 'The state a progress report sets (报告进度).', {
  IN_PROGRESS: 'Being carried out (落实中); a later report may add to it.',
  DONE: 'Carried out (已办结); once only.',
});

/** Which of a unit's joint meetings to list. */
export enum MeetingParticipation {
  CONVENED = 'CONVENED',
  ATTENDED = 'ATTENDED',
}

describeEnum(MeetingParticipation, 'MeetingParticipation', "A unit's part in joint meetings (参会方式).", {
  CONVENED: 'Meetings the unit convened (召集).',
  ATTENDED: 'Meetings the unit attended (参会).',
});
