import { describeEnum } from '@civic/subgraph-kit';

export enum DisputeState {
  FOUND = 'FOUND',
  MEDIATING = 'MEDIATING',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
}
describeEnum(DisputeState, 'DisputeState', 'Where a dispute case stands (办理状态): FOUND → MEDIATING → RESOLVED or ESCALATED.', {
  FOUND: 'Found and registered, not yet taken up (已排查).',
  MEDIATING: 'Being mediated (调解中).',
  RESOLVED: 'Settled (已化解); closed.',
  ESCALATED: 'Handed up to another unit (上报移交); closed here.',
});
