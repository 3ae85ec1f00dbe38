import { describeEnum } from '@civic/subgraph-kit';

/** Whether units are listed by their closed state. */
export enum OrgUnitState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ALL = 'ALL',
}

describeEnum(OrgUnitState, 'OrgUnitState', 'Which units to list by whether they are closed (阵地状态).', {
  OPEN: 'Units not closed (运行中).',
  CLOSED: 'Closed units, kept with their history (已撤销).',
  ALL: 'Open and closed units alike (全部).',
});
