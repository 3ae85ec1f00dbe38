import { describeEnum } from '@civic/subgraph-kit';

export enum ServiceRecordStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  VOIDED = 'VOIDED',
}
describeEnum(ServiceRecordStatus, 'ServiceRecordStatus', 'Review state of a service record (审核状态).', {
  PENDING: 'Awaiting review; does not count yet (待审核).',
  APPROVED: 'Approved; counts towards total hours and stars (已通过).',
  REJECTED: 'Rejected; kept, never counted (未通过).',
  VOIDED: 'Voided with a reason after it was recorded; kept, never counted (已作废).',
});
