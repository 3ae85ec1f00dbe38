import { describeEnum } from '@civic/subgraph-kit';

export enum DisputeAction {
  OPEN = 'OPEN',
  MEDIATE = 'MEDIATE',
  RESOLVE = 'RESOLVE',
  ESCALATE = 'ESCALATE',
}
describeEnum(DisputeAction, 'DisputeAction', 'A step of a dispute case (办理步骤).', {
  OPEN: 'The case is registered (登记); its first step.',
  MEDIATE: 'Mediation starts (开始调解): FOUND → MEDIATING.',
  RESOLVE: 'The dispute is settled (化解): FOUND or MEDIATING → RESOLVED.',
  ESCALATE: 'The case is handed up to another unit (上报): FOUND or MEDIATING → ESCALATED.',
});
