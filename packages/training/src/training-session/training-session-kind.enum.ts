import { describeEnum } from '@civic/subgraph-kit';

/** What a session of a program's agenda is (日程类型). */
export enum TrainingSessionKind {
  OPENING = 'OPENING',
  LECTURE = 'LECTURE',
  SITE_VISIT = 'SITE_VISIT',
  DISCUSSION = 'DISCUSSION',
  CLOSING = 'CLOSING',
  OTHER = 'OTHER',
}

describeEnum(TrainingSessionKind, 'TrainingSessionKind', 'What a session of a training agenda is (日程类型).', {
  OPENING: 'Opening ceremony, with its speeches (开班仪式).',
  LECTURE: 'A lecture, e.g. by an invited expert (专题讲座).',
  SITE_VISIT: 'A visit to a practice unit, which `visitedUnit` names (现场观摩).',
  DISCUSSION: 'Group discussion (分组讨论).',
  CLOSING: 'Closing ceremony (结业仪式).',
  OTHER: 'Anything else on the agenda (其他).',
});
