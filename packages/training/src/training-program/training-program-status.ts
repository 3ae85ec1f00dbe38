import { chinaToday, describeEnum } from '@civic/subgraph-kit';

/** Where a program stands, read from its dates against today in China Standard Time (培训状态). */
export enum TrainingProgramStatus {
  UPCOMING = 'UPCOMING',
  IN_PROGRESS = 'IN_PROGRESS',
  FINISHED = 'FINISHED',
}

describeEnum(
  TrainingProgramStatus,
  'TrainingProgramStatus',
  'Where a training program stands, from its dates and today in China Standard Time (培训状态).',
  {
    UPCOMING: 'Not started yet; takes enrollments (未开始).',
    IN_PROGRESS: 'Running today; still takes enrollments (进行中).',
    FINISHED: 'Its last day has passed; takes no enrollments (已结束).',
  },
);

export function statusOf(program: { startsOn: string; endsOn: string }, today = chinaToday()): TrainingProgramStatus {
  if (today < program.startsOn) return TrainingProgramStatus.UPCOMING;
  return today > program.endsOn ? TrainingProgramStatus.FINISHED : TrainingProgramStatus.IN_PROGRESS;
}
