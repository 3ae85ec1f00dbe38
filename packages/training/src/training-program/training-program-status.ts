import { chinaToday } from '@civic/kernel';
import { registerEnumType } from 'type-graphql';

/** Where a program stands, read from its dates against today in China Standard Time (培训状态). */
export enum TrainingProgramStatus {
  UPCOMING = 'UPCOMING',
  IN_PROGRESS = 'IN_PROGRESS',
  FINISHED = 'FINISHED',
}

registerEnumType(TrainingProgramStatus, {
  name: 'TrainingProgramStatus',
  description: 'Where a training program stands, from its dates and today in China Standard Time (培训状态).',
  valuesConfig: {
    UPCOMING: { description: 'Not started yet; takes enrollments (未开始).' },
    IN_PROGRESS: { description: 'Running today; still takes enrollments (进行中).' },
    FINISHED: { description: 'Its last day has passed; takes no enrollments (已结束).' },
  },
});

export function statusOf(program: { startsOn: string; endsOn: string }, today = chinaToday()): TrainingProgramStatus {
  if (today < program.startsOn) return TrainingProgramStatus.UPCOMING;
  return today > program.endsOn ? TrainingProgramStatus.FINISHED : TrainingProgramStatus.IN_PROGRESS;
}
