import { describeEnum } from '@civic/subgraph-kit';

/** Where a planned activity stands (计划状态). */
export enum PlannedActivityStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

describeEnum(PlannedActivityStatus, 'PlannedActivityStatus', 'Where a planned activity stands (计划状态).', {
  PLANNED: 'Planned, not yet held (计划中).',
  HELD: 'Held, linked to the recorded campaign event (已举办).',
  CANCELLED: 'Cancelled, with a reason (已取消).',
});
