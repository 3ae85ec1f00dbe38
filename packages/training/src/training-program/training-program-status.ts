import { chinaToday, describeEnum } from '@civic/subgraph-kit';

/** Where a program stands, read from its dates against today in China Standard Time (培训状态). */
export enum TrainingProgramStatus {
  UPCOMING = 'UPCOMING',
  IN_PROGRESS = 'IN_PROGRESS',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

describeEnum(
  TrainingProgramStatus,
  'TrainingProgramStatus',
  'Where a training program stands, from its dates and today in China Standard Time (培训状态).',
  {
    UPCOMING: 'Not started yet; takes enrollments (未开始).',
    IN_PROGRESS: 'Running today; still takes enrollments (进行中).',
    FINISHED: 'Its last day has passed; takes no enrollments (已结束).',
    CANCELLED: 'Cancelled; kept for history, takes no enrollments or sessions (已取消).',
  },
);

export function statusOf(
  program: { startsOn: string; endsOn: string; cancelledAt: Date | null },
  today = chinaToday(),
): TrainingProgramStatus {
  if (program.cancelledAt) return TrainingProgramStatus.CANCELLED;
  if (today < program.startsOn) return TrainingProgramStatus.UPCOMING;
  return today > program.endsOn ? TrainingProgramStatus.FINISHED : TrainingProgramStatus.IN_PROGRESS;
}
