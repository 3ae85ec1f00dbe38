import { describeEnum } from '@civic/subgraph-kit';

export enum DisputeSource {
  VISIT = 'VISIT',
  RESIDENT_ORDER = 'RESIDENT_ORDER',
  REPORT = 'REPORT',
}
describeEnum(DisputeSource, 'DisputeSource', 'How a dispute came to light (线索来源).', {
  VISIT: 'Found on a door-to-door visit (走访摸排); the case names the visit.',
  RESIDENT_ORDER: 'Raised by residents themselves, as an order (群众点单).',
  REPORT: 'Reported by a party, a neighbour or another office (群众反映、部门移交).',
});
