import { describeEnum } from '@civic/subgraph-kit';

export enum ServiceRequestStatus {
  ORDERED = 'ORDERED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
  RATED = 'RATED',
  CANCELLED = 'CANCELLED',
}
describeEnum(ServiceRequestStatus, 'ServiceRequestStatus', 'Where a service order stands (点单状态).', {
  ORDERED: 'Ordered by a resident, waiting in the queue (群众点单).',
  DISPATCHED: 'Dispatched to a team by the center (中心派单).',
  ACCEPTED: 'Accepted by the team (志愿者接单).',
  COMPLETED: 'Service done (已完成).',
  RATED: 'Rated by the resident (群众评单).',
  CANCELLED: 'Cancelled (已取消).',
});
